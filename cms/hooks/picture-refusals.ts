import type { CollectionAfterErrorHook } from 'payload';
import sharp from 'sharp';
import { newsroomText, type NewsroomTranslationKey } from '../translations';

/** Payload's name for an upload's file in the form and in its refusals. */
const FILE = 'file';

type Say = (key: NewsroomTranslationKey, values?: Record<string, unknown>) => string;
type PictureRefusalKey = Extract<NewsroomTranslationKey, 'pictureNotAPicture' | 'pictureMissing' | 'pictureTooLarge'>;

/**
 * A refused picture upload, in the editor's words, shaped as Payload shapes a field's refusal. The
 * admin's notice shows `message`: the field's name, then the reason (its FieldErrorsToast takes what
 * follows the first colon as the list of refused fields, split at ASCII commas — the reasons have
 * none). The reason is also put under the file (`data.errors[].path`), but the form does not always
 * show it there — in Chromium a 41 MB picture's reason stood under the file in some runs and not in
 * others, the notice in all — so the notice says it in full.
 * An upload without its file is said in the notice alone: under an empty file the admin shows its
 * own words instead, in English ("A file is required.", @payloadcms/ui/dist/elements/Upload/index.js).
 * `field` names the field where the newsroom's other refusals do.
 */
export function pictureRefusal(say: Say, key: PictureRefusalKey, values?: Record<string, unknown>) {
  const reason = say(key, values && Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === 'string' ? withoutListCommas(value) : value])));
  const message = `${say('pictureFile')}: ${reason}`;
  if (key === 'pictureMissing') return { errors: [{ message, field: FILE }] };
  return { errors: [{ name: 'ValidationError', message, field: FILE, data: { errors: [{ path: FILE, message: reason }] } }] };
}

/**
 * A file's name as the notice can show it: a comma in it (“photo, final.jpg”) would split the reason
 * into two "fields" there, so it is shown as the low quotation mark that looks like one (U+201A).
 */
function withoutListCommas(text: string): string {
  return text.replaceAll(',', '\u201A');
}

/**
 * Payload's refusal of an upload's file (its type or contents), whatever its English words — but not
 * its own failure to read a file it kept on disk ("Could not read uploaded file for …"), which is the
 * server's and says nothing of the picture.
 */
function refusesTheFile(error: { status?: unknown; data?: { errors?: unknown } }): boolean {
  const refused = error.data?.errors;
  return (
    error.status === 400 &&
    Array.isArray(refused) &&
    refused.some((entry) => {
      const { path, message } = (entry ?? {}) as { path?: unknown; message?: unknown };
      return path === FILE && !(typeof message === 'string' && message.startsWith('Could not read uploaded file'));
    })
  );
}

type UploadedFile = { name: string; data?: Buffer; tempFilePath?: string };

/** Whether sharp reads the whole picture, as it must to make its stored sizes (a broken file fails there). */
async function readsWhole(file: UploadedFile): Promise<boolean> {
  const input = file.data?.length ? file.data : file.tempFilePath;
  if (!input) return false;
  try {
    await sharp(input).stats();
    return true;
  } catch {
    return false;
  }
}

/**
 * Payload refuses a file that is not a picture it accepts in English whatever the admin's language,
 * with words of its own such as "Invalid MIME type: application/pdf." or "File type text/plain (from
 * extension txt) is not allowed." (payload/dist/uploads/checkFileRestrictions.js), and calls the field
 * `file`; an upload without its file in the admin's language, but naming no field, so the admin shows
 * it only in a notice; and a file that starts as a JPEG but is cut short or broken passes the type check,
 * then fails in sharp, as "There was a problem while uploading the file." (FileUploadError), naming
 * nothing — the same words as a failure to store it. Each is answered here in the editor's language,
 * naming the field; the broken picture once sharp, read again here, cannot read it either (a picture it
 * reads was refused for another reason, and keeps Payload's words). The checks themselves stay
 * Payload's: only the words change. (Too large a file never reaches Payload: the server refuses it
 * first, lib/server/answers.ts, and Payload's own limit is set no lower, payload.config.ts.)
 */
export const pictureRefusalsInEditorsLanguage: CollectionAfterErrorHook = async ({ error, req }) => {
  const say: Say = (key, values) => newsroomText(req, key, values);
  const file = req.file as UploadedFile | undefined;
  if (refusesTheFile(error as Parameters<typeof refusesTheFile>[0])) return { status: 400, response: pictureRefusal(say, 'pictureNotAPicture', { name: file?.name ?? '' }) };
  const { message, status } = error as { message?: unknown; status?: unknown };
  if (status !== 400 || typeof message !== 'string') return undefined;
  const payloadSays = (key: string) => (req.t as (key: string) => string | undefined)?.(key);
  if (message === payloadSays('error:noFilesUploaded')) return { status: 400, response: pictureRefusal(say, 'pictureMissing') };
  if (file && message === payloadSays('error:problemUploadingFile') && !(await readsWhole(file))) {
    return { status: 400, response: pictureRefusal(say, 'pictureNotAPicture', { name: file.name }) };
  }
  return undefined;
};
