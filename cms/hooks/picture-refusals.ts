import { stat } from 'node:fs/promises';
import type { CollectionAfterErrorHook, CollectionBeforeOperationHook } from 'payload';
import sharp from 'sharp';
import { MAX_PICTURE_PIXELS, UPLOAD_BODY_LIMIT, UPLOAD_LIMIT_MB } from '../../lib/body-limits';
import { FILE, pictureRefusal, type Say } from '../picture-refusal';
import { newsroomText } from '../translations';

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

/**
 * Why sharp cannot make the picture's stored sizes, as it must (a broken file fails there): too many
 * pixels, read from its header alone — every frame of an animated WebP, which Payload decodes stacked
 * (`animated`, payload/dist/uploads/generateFileData.js) and sharp limits as one tall picture, so an
 * animation is told its frames and their size, not the tall picture's; or not a picture it reads
 * whole. Undefined when it reads it.
 */
async function whyUnreadable(file: UploadedFile): Promise<{ key: 'pictureTooManyPixels' | 'pictureTooManyPixelsAnimated' | 'pictureNotAPicture'; values: Record<string, unknown> } | undefined> {
  const input = file.data?.length ? file.data : file.tempFilePath;
  if (!input) return { key: 'pictureNotAPicture', values: { name: file.name } };
  try {
    const { width = 0, height = 0, pageHeight = height, pages = 1 } = await sharp(input, { limitInputPixels: false, animated: true }).metadata();
    const pixels = width * pageHeight * pages;
    if (pixels > MAX_PICTURE_PIXELS) {
      const max = Math.floor(MAX_PICTURE_PIXELS / 1e6);
      return pages > 1
        ? { key: 'pictureTooManyPixelsAnimated', values: { name: file.name, frames: pages, width, height: pageHeight, total: Math.ceil(pixels / 1e6), max } }
        : { key: 'pictureTooManyPixels', values: { name: file.name, width, height, max } };
    }
    await sharp(input, { limitInputPixels: MAX_PICTURE_PIXELS }).stats();
    return undefined;
  } catch {
    return { key: 'pictureNotAPicture', values: { name: file.name } };
  }
}

/**
 * A picture over the upload limit that reached Payload (refuseOversizedPicture), answered by the hook
 * below. Payload answers an error with its `status` (not a 500), and logs it by its `name`: a field's
 * refusal, as its own ValidationError, at info — the editor's mistake, not the server's.
 */
class PictureTooLarge extends Error {
  readonly status = 413;
  constructor() {
    super('The picture is larger than the upload limit.');
    this.name = 'ValidationError';
  }
}

/**
 * The server refuses a longer upload before it is read (lib/server/guard.ts), but on Vercel, with a
 * Blob store, pictures go from the editor's browser to the store and only their address reaches the
 * server (clientUploads, payload.config.ts): Payload then copies the file to a temporary one, and the
 * store's upload token sets no size. So the limit is checked again on the file Payload holds, by its
 * bytes on disk (the client's `size` is its own word), before anything reads it.
 */
export const refuseOversizedPicture: CollectionBeforeOperationHook = async ({ req }) => {
  const file = req.file as UploadedFile | undefined;
  if (!file) return;
  const bytes = file.data?.length || (file.tempFilePath ? (await stat(file.tempFilePath)).size : 0);
  if (bytes > UPLOAD_BODY_LIMIT) throw new PictureTooLarge();
};

/**
 * Payload refuses a file that is not a picture it accepts in English whatever the admin's language,
 * with words of its own such as "Invalid MIME type: application/pdf." or "File type text/plain (from
 * extension txt) is not allowed." (payload/dist/uploads/checkFileRestrictions.js), and calls the field
 * `file`; an upload without its file in the admin's language, but naming no field, so the admin shows
 * it only in a notice; and a file that starts as a JPEG but is cut short or broken passes the type check,
 * then fails in sharp, as "There was a problem while uploading the file." (FileUploadError), naming
 * nothing — the same words as a failure to store it, and as sharp's refusal of a picture of too many
 * pixels. Each is answered here in the editor's language, naming the field; the broken or too large
 * picture once sharp, read again here, cannot read it either (a picture it reads was refused for
 * another reason, and keeps Payload's words). The checks themselves stay
 * Payload's: only the words change. (Too large a file is refused by the server before Payload reads it,
 * lib/server/answers.ts — Payload's own limit is set no lower, payload.config.ts — or, sent to the
 * media store from the browser, by refuseOversizedPicture.)
 */
export const pictureRefusalsInEditorsLanguage: CollectionAfterErrorHook = async ({ error, req }) => {
  const say: Say = (key, values) => newsroomText(req, key, values);
  const file = req.file as UploadedFile | undefined;
  if (error instanceof PictureTooLarge) return { status: 413, response: pictureRefusal(say, 'pictureTooLarge', { max: UPLOAD_LIMIT_MB }) };
  if (refusesTheFile(error as Parameters<typeof refusesTheFile>[0])) return { status: 400, response: pictureRefusal(say, 'pictureNotAPicture', { name: file?.name ?? '' }) };
  const { message, status } = error as { message?: unknown; status?: unknown };
  if (status !== 400 || typeof message !== 'string') return undefined;
  const payloadSays = (key: string) => (req.t as (key: string) => string | undefined)?.(key);
  if (message === payloadSays('error:noFilesUploaded')) return { status: 400, response: pictureRefusal(say, 'pictureMissing') };
  if (file && message === payloadSays('error:problemUploadingFile')) {
    const why = await whyUnreadable(file);
    if (why) return { status: 400, response: pictureRefusal(say, why.key, why.values) };
  }
  return undefined;
};
