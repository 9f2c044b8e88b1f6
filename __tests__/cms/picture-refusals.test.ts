/** @jest-environment node */
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pictureRefusalsInEditorsLanguage, refuseOversizedPicture } from '@/cms/hooks/picture-refusals';
import { adminLanguage, translations } from '@/cms/translations';
import { UPLOAD_BODY_LIMIT } from '@/lib/body-limits';
import { writeAnswer } from '@/lib/server/answers';
import { judge } from '@/lib/server/guard';

type UploadedFile = { name: string; data?: Buffer };
type HookArgs = Parameters<typeof pictureRefusalsInEditorsLanguage>[0];
type Language = keyof typeof translations;

/** Payload's `req.t` for the newsroom's keys and the one of Payload's the hook compares with. */
function requestIn(language: Language, file?: UploadedFile) {
  const noFiles = { ar: 'لم يتمّ رفع أيّة ملفّات.', en: 'No files were uploaded.' }[language];
  const problem = { ar: 'حدث خطأ اثناء رفع الملفّ.', en: 'There was a problem while uploading the file.' }[language];
  const t = (key: string, values?: Record<string, unknown>) => {
    if (key === 'error:noFilesUploaded') return noFiles;
    if (key === 'error:problemUploadingFile') return problem;
    const text = translations[language].alwafd[key.replace(/^alwafd:/, '') as keyof (typeof translations)['en']['alwafd']];
    return text.replace(/{{(\w+)}}/g, (_, name: string) => String(values?.[name]));
  };
  return { req: { t, file }, noFiles, problem };
}

type Refusal = { status: number; response: { errors: { message: string; field: string; data: { errors: { path: string; message: string }[] } }[] } };
const refuse = async (error: unknown, language: Language, file?: UploadedFile) =>
  (await pictureRefusalsInEditorsLanguage({ error, req: requestIn(language, file).req } as unknown as HookArgs)) as Refusal | undefined;

/** Payload's ValidationError for a file it does not accept, in its own (English) words. */
const notAccepted = (message: string) => Object.assign(new Error('The following field is invalid: file'), { status: 400, data: { errors: [{ message, path: 'file' }] } });

describe('a refused picture upload, in the editor’s language, naming the field', () => {
  it('says a file of the wrong type is not a picture the site takes, under the file and in the notice', async () => {
    expect(await refuse(notAccepted('Invalid MIME type: application/pdf.'), 'ar', { name: 'بيان.pdf' })).toEqual({
      status: 400,
      response: {
        errors: [
          {
            name: 'ValidationError',
            message: 'ملف الصورة: «بيان.pdf» ليس صورة سليمة بصيغة JPEG أو PNG أو WebP أو AVIF؛ اختر صورة بإحدى هذه الصيغ.',
            field: 'file',
            data: { errors: [{ path: 'file', message: '«بيان.pdf» ليس صورة سليمة بصيغة JPEG أو PNG أو WebP أو AVIF؛ اختر صورة بإحدى هذه الصيغ.' }] },
          },
        ],
      },
    });
    const english = await refuse(notAccepted('File type text/plain (from extension txt) is not allowed.'), 'en', { name: 'notes.txt' });
    expect(english?.response.errors[0]).toMatchObject({
      message: 'Picture file: “notes.txt” is not a readable JPEG or PNG or WebP or AVIF picture; choose a picture in one of these formats.',
      data: { errors: [{ path: 'file', message: '“notes.txt” is not a readable JPEG or PNG or WebP or AVIF picture; choose a picture in one of these formats.' }] },
    });
    // The admin's notice lists what follows the colon split at ASCII commas: one reason, not several "fields".
    for (const language of ['ar', 'en'] as const) {
      for (const key of ['pictureNotAPicture', 'pictureMissing', 'pictureTooLarge'] as const) expect(translations[language].alwafd[key]).not.toContain(',');
    }
  });

  it('shows a file’s name with a comma in it as one name, not as two refused fields in the notice', async () => {
    const answer = await refuse(notAccepted('Invalid MIME type: application/pdf.'), 'en', { name: 'budget, final.pdf' });
    const { message } = answer!.response.errors[0]!;
    expect(message).toContain('“budget\u201A final.pdf” is not a readable');
    expect(message.slice(message.indexOf(':') + 1)).not.toContain(',');
  });

  it('says a JPEG cut short is not a sound picture, where Payload said only that the upload had a problem', async () => {
    const sharp = (await import('sharp')).default;
    const jpeg = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#335577', noise: { type: 'gaussian', mean: 120, sigma: 40 } } }).jpeg().toBuffer();
    const { problem } = requestIn('ar');
    const failed = () => Object.assign(new Error(problem), { status: 400 });
    const broken = await refuse(failed(), 'ar', { name: 'مؤتمر.jpg', data: jpeg.subarray(0, jpeg.length / 3) });
    expect(broken?.response.errors[0]).toMatchObject({ field: 'file', message: 'ملف الصورة: «مؤتمر.jpg» ليس صورة سليمة بصيغة JPEG أو PNG أو WebP أو AVIF؛ اختر صورة بإحدى هذه الصيغ.' });
    // A picture sharp reads whole failed for another reason (storing it): Payload's words stand.
    expect(await refuse(failed(), 'ar', { name: 'مؤتمر.jpg', data: jpeg })).toBeUndefined();
    // Payload failing to read a file it kept on disk is the server's fault, not the picture's.
    expect(await refuse(notAccepted('Could not read uploaded file for type detection.'), 'ar', { name: 'مؤتمر.jpg' })).toBeUndefined();
  });

  it('says an upload without its file needs one, naming the field, in the notice alone', async () => {
    const { noFiles } = requestIn('ar');
    const answer = await refuse(Object.assign(new Error(noFiles), { status: 400 }), 'ar');
    expect(answer).toEqual({ status: 400, response: { errors: [{ message: 'ملف الصورة: لم تُرفع صورة؛ اختر ملف الصورة ثم احفظ.', field: 'file' }] } });
    const english = await refuse(Object.assign(new Error('No files were uploaded.'), { status: 400 }), 'en');
    // No comma after the colon: the admin's notice would list each piece as a field.
    expect(english?.response.errors[0]?.message).toBe('Picture file: No picture was uploaded; choose the picture file and save.');
  });

  it('leaves every other refusal as it was', async () => {
    expect(await refuse(Object.assign(new Error('The following field is invalid: alt'), { status: 400, data: { errors: [{ message: 'required', path: 'alt' }] } }), 'ar')).toBeUndefined();
    expect(await refuse(Object.assign(new Error('No files were uploaded.'), { status: 400 }), 'ar')).toBeUndefined();
    expect(await refuse(Object.assign(new Error('Forbidden'), { status: 403 }), 'ar')).toBeUndefined();
    expect(await refuse(new Error('connection terminated'), 'en')).toBeUndefined();
  });
});

describe('adminLanguage: the admin’s language for a request, by Payload’s rule', () => {
  it('takes the admin’s cookie, then the language asked for first, else Arabic', () => {
    expect(adminLanguage(new Headers())).toBe('ar');
    expect(adminLanguage(new Headers({ cookie: 'payload-lng=en', 'accept-language': 'ar' }))).toBe('en');
    expect(adminLanguage(new Headers({ cookie: 'payload-lng=ar', 'accept-language': 'en' }))).toBe('ar');
    expect(adminLanguage(new Headers({ 'accept-language': 'en' }))).toBe('en');
    expect(adminLanguage(new Headers({ 'accept-language': 'en-GB,en;q=0.9,ar;q=0.8' }))).toBe('en');
    expect(adminLanguage(new Headers({ 'accept-language': 'en;q=0.5, ar-EG' }))).toBe('ar');
    expect(adminLanguage(new Headers({ 'accept-language': 'fr, en;q=0.9' }))).toBe('ar');
    // Payload passes over a language it has no words for (Greek) to the next one asked.
    expect(adminLanguage(new Headers({ 'accept-language': 'el, en;q=0.9' }))).toBe('en');
    // A cookie the admin never sets is not the admin's choice; the request's languages decide.
    expect(adminLanguage(new Headers({ cookie: 'payload-lng=fr', 'accept-language': 'en' }))).toBe('en');
  });
});

/** What the server writes for the guard's answer to a request with these headers. */
function written(method: string, target: string, length: number, headers: Record<string, string> = {}) {
  const verdict = judge(method, target, String(length));
  if (!('answer' in verdict)) throw new Error(`passed: ${JSON.stringify(verdict)}`);
  let status = 0;
  let sent: Record<string, string> = {};
  let body = '';
  const res = {
    writeHead: (code: number, out: Record<string, string>) => ((status = code), (sent = out)),
    end: (text?: string) => (body = text ?? ''),
  } as unknown as ServerResponse;
  writeAnswer({ method, headers } as unknown as IncomingMessage, res, verdict.answer);
  return { status, headers: sent, body };
}

describe('a picture over the upload limit, refused by the server before Payload reads it', () => {
  it('is refused as Payload refuses a field, in the admin’s language, saying the limit', () => {
    const arabic = written('POST', '/api/media?depth=0', UPLOAD_BODY_LIMIT + 1, { 'accept-language': 'ar' });
    expect(arabic.status).toBe(413);
    expect(arabic.headers['Content-Type']).toBe('application/json');
    expect(JSON.parse(arabic.body)).toEqual({
      errors: [
        {
          name: 'ValidationError',
          message: 'ملف الصورة: حجم الملف أكبر من 40 ميغابايت، وهو أقصى ما يُرفع؛ صغّر الصورة ثم ارفعها من جديد.',
          field: 'file',
          data: { errors: [{ path: 'file', message: 'حجم الملف أكبر من 40 ميغابايت، وهو أقصى ما يُرفع؛ صغّر الصورة ثم ارفعها من جديد.' }] },
        },
      ],
    });
    const english = written('PATCH', '/api/media/12', UPLOAD_BODY_LIMIT + 1, { cookie: 'payload-lng=en' });
    expect(JSON.parse(english.body).errors[0].data.errors[0].message).toBe('The file is larger than 40 MB (the most an upload may be); make the picture smaller and upload it again.');
  });

  it('says the newsroom API’s limit in the admin’s language too, as Payload says an error; the tools’ routes keep theirs', () => {
    expect(JSON.parse(written('POST', '/api/articles', 3 * 1024 * 1024, { 'accept-language': 'ar' }).body)).toEqual({
      errors: [{ message: 'ما أُرسل أكبر من 2 ميغابايت، وهو أقصى ما يقبله الخادم في حفظ واحد.' }],
    });
    expect(JSON.parse(written('PATCH', '/api/articles/1001', 3 * 1024 * 1024, { cookie: 'payload-lng=en' }).body)).toEqual({
      errors: [{ message: 'What was sent is larger than 2 MB, the most the server takes in one save.' }],
    });
    // The tools' small routes keep their own words, as the routes themselves say them (the reading beacon takes 64 bytes).
    expect(JSON.parse(written('POST', '/api/revalidate', 20 * 1024, {}).body)).toEqual({ error: 'the body is too large (at most 16384 bytes)' });
    expect(JSON.parse(written('POST', '/api/read', 65, { 'accept-language': 'ar' }).body)).toEqual({ error: 'the body is too large (at most 64 bytes)' });
  });
});

describe('a picture over the upload limit sent to the media store from the browser (Vercel Blob)', () => {
  const folders: string[] = [];
  afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

  /** A file of `bytes` on disk, as Payload keeps a client upload (sparse: no bytes written). */
  async function tempFile(bytes: number): Promise<string> {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'alwafd-upload-'));
    folders.push(folder);
    const file = path.join(folder, 'payload-client-upload');
    await writeFile(file, '');
    await truncate(file, bytes);
    return file;
  }
  const check = (file: UploadedFile & { tempFilePath?: string; size?: number }) =>
    refuseOversizedPicture({ req: { file }, operation: 'create' } as unknown as Parameters<typeof refuseOversizedPicture>[0]);

  it('is refused by its bytes on disk, whatever size the browser said, in the admin’s language', async () => {
    const error = await Promise.resolve(check({ name: 'كبيرة.jpg', data: Buffer.alloc(0), size: 1_000, tempFilePath: await tempFile(UPLOAD_BODY_LIMIT + 1) })).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(Error);
    const answer = await refuse(error, 'ar', { name: 'كبيرة.jpg' });
    expect(answer?.status).toBe(413);
    expect(answer?.response.errors[0]).toMatchObject({ field: 'file', message: 'ملف الصورة: حجم الملف أكبر من 40 ميغابايت، وهو أقصى ما يُرفع؛ صغّر الصورة ثم ارفعها من جديد.' });
  });

  it('lets a picture of the limit itself through, and a request without a file', async () => {
    await expect(check({ name: 'حد.jpg', data: Buffer.alloc(0), tempFilePath: await tempFile(UPLOAD_BODY_LIMIT) })).resolves.toBeUndefined();
    await expect(refuseOversizedPicture({ req: {}, operation: 'update' } as unknown as Parameters<typeof refuseOversizedPicture>[0])).resolves.toBeUndefined();
  });
});
