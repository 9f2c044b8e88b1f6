import { asNoticeItem } from './notice';
import type { NewsroomTranslationKey } from './translations';

/*
 * How a refused picture is said, apart from the hooks that refuse it (cms/hooks/picture-refusals.ts):
 * the server layer says it too (lib/server/answers.ts, a picture over the upload limit) and must not
 * load Payload to do so.
 */

/** Payload's name for an upload's file in the form and in its refusals. */
export const FILE = 'file';

export type Say = (key: NewsroomTranslationKey, values?: Record<string, unknown>) => string;
type PictureRefusalKey = Extract<NewsroomTranslationKey, 'pictureNotAPicture' | 'pictureTooManyPixels' | 'pictureTooManyPixelsAnimated' | 'pictureMissing' | 'pictureTooLarge'>;

/**
 * A refused picture upload, in the editor's words, shaped as Payload shapes a field's refusal. The
 * admin's notice shows `message`: the field's name, then the reason, as one item of the notice's list
 * (cms/notice.ts). The reason is also put under the file (`data.errors[].path`), but the form does
 * not always show it there — in Chromium a 41 MB picture's reason stood under the file in some runs and not in
 * others, the notice in all — so the notice says it in full.
 * An upload without its file is said in the notice alone: under an empty file the admin shows its
 * own words instead, in English ("A file is required.", @payloadcms/ui/dist/elements/Upload/index.js).
 * `field` names the field where the newsroom's other refusals do.
 */
export function pictureRefusal(say: Say, key: PictureRefusalKey, values?: Record<string, unknown>) {
  const reason = say(key, values && Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === 'string' ? asNoticeItem(value) : value])));
  const message = `${say('pictureFile')}: ${reason}`;
  if (key === 'pictureMissing') return { errors: [{ message, field: FILE }] };
  return { errors: [{ name: 'ValidationError', message, field: FILE, data: { errors: [{ path: FILE, message: reason }] } }] };
}
