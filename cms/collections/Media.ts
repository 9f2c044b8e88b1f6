import fs from 'node:fs';
import { APIError, type CollectionBeforeDeleteHook, type CollectionBeforeOperationHook, type CollectionConfig, type PayloadRequest } from 'payload';
import { UPLOAD_LIMIT_MB } from '@/lib/body-limits';
import { MEDIA_FILE_CACHE, NO_STORE, NOT_FOUND_CACHE } from '@/lib/cache-control';
import { fittingUploadName, MAX_DISK_NAME_BYTES, mediaDir, uploadPath } from '@/lib/media/files';
import { editors, readMedia, staff, staffField } from '../access';
import { pictureRefusalsInEditorsLanguage, refuseOversizedPicture } from '../hooks/picture-refusals';
import { revalidatePictureAfterChange } from '../hooks/revalidate';
import { foldSearch, keyField } from '../search-key';
import { storiesUsing } from '../stories-using';
import { newsroomText } from '../translations';
import { plainText } from '../validation';

/**
 * A picture that stories or writers' portraits still show is not deleted: the database would empty
 * their reference and the story would lose its lead picture without anyone deciding so — the live
 * story, or the draft waiting to replace it. The refusal says where it is used (409 Conflict); the
 * newsroom replaces it there first.
 */
const refuseWhileInUse: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // One after another: the delete's transaction has one connection (cms/in-turn).
  const stories = await storiesUsing(req, 'image', id);
  const writers = await req.payload.count({ collection: 'writers', where: { photo: { equals: id } }, req, overrideAccess: true });
  if (stories + writers.totalDocs > 0) {
    // Only where it is used: «… و0 من صور الكتّاب» named a place it is not.
    const where = !writers.totalDocs ? 'pictureInStories' : !stories ? 'pictureInPortraits' : 'pictureInUse';
    throw new APIError(newsroomText(req, where, { stories, writers: writers.totalDocs }), 409, { stories, writers: writers.totalDocs }, true);
  }
};

/**
 * A file asked for that is not on the disk — a deleted upload, a mistyped or stale link in a feed
 * reader — answers 404, where Payload's own disk fallback answers 500. Only for files on this
 * machine's disk: a media store (Vercel Blob) answers for its own.
 */
function missingUpload(_req: PayloadRequest, { params }: { params: { filename: string } }): Response | void {
  if (process.env.BLOB_READ_WRITE_TOKEN) return;
  const file = uploadPath(params.filename);
  // A name that leaves the folder is Payload's to refuse (400).
  if (!file) return;
  // A name longer than the disk keeps is no upload's (stat threw ENAMETOOLONG, and Payload's own
  // fallback answered 500). Otherwise one stat on the local disk: Payload's fallback does the same next.
  if (Buffer.byteLength(params.filename) <= MAX_DISK_NAME_BYTES && fs.statSync(file, { throwIfNoEntry: false })?.isFile()) return;
  return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': NOT_FOUND_CACHE } });
}

/** A picture named at length (a caption pasted as its file's name) is kept under the start of its name: the disk keeps no longer one. */
const fitFileName: CollectionBeforeOperationHook = ({ args, req }) => {
  const file = req.file as { name?: string } | undefined;
  if (file?.name) file.name = fittingUploadName(file.name);
  return args;
};

/**
 * Pictures: uploaded once, described for readers who cannot see them (alt text is required), with
 * a caption. The site serves them through its image optimizer at the width each screen needs.
 * Anyone in the newsroom uploads; changing a picture changes every published story that shows it,
 * so that is an editor's act, and it reaches those stories' pages at once.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { ar: 'صورة', en: 'Picture' }, plural: { ar: 'الصور', en: 'Pictures' } },
  admin: {
    useAsTitle: 'alt',
    group: { ar: 'التحرير', en: 'Newsroom' },
    // What an upload may be, said before it is refused (and the refusal says it again: cms/hooks/picture-refusals.ts).
    description: {
      ar: `صورة JPEG أو PNG أو WebP أو AVIF، حتى ${UPLOAD_LIMIT_MB} ميغابايت؛ تُحفظ بعرض 2400 بكسل على الأكثر.`,
      en: `A JPEG, PNG, WebP or AVIF picture, up to ${UPLOAD_LIMIT_MB} MB; kept at 2,400 pixels wide at most.`,
    },
  },
  access: { read: readMedia, create: staff, update: editors, delete: editors },
  // The list's search box (and the list a story's picture field opens) finds a picture by its
  // description however its letters are spelled (cms/search-key).
  hooks: {
    beforeOperation: [refuseOversizedPicture, fitFileName, foldSearch({ key: 'altKey', text: 'alt' })],
    beforeDelete: [refuseWhileInUse],
    afterChange: [revalidatePictureAfterChange],
    // A refused file (not a picture, broken, too large, or none) is refused in the editor's language, naming the field.
    afterError: [pictureRefusalsInEditorsLanguage],
  },
  upload: {
    // On this machine's disk unless a media store is configured (Vercel Blob: payload.config.ts).
    staticDir: mediaDir(),
    handlers: [missingUpload],
    // Payload sends a file with no lifetime of its own: nothing could keep it, not even a feed reader.
    // Its answer to a range it cannot serve (416, "bytes */size") comes here too, and is kept by no one.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Cache-Control', headers.get('Content-Range')?.startsWith('bytes */') ? NO_STORE : MEDIA_FILE_CACHE);
      return headers;
    },
    mimeTypes: ['image/webp', 'image/avif', 'image/jpeg', 'image/png'],
    imageSizes: [{ name: 'thumbnail', width: 480, withoutEnlargement: true }],
    adminThumbnail: 'thumbnail',
    // Never kept at more than newspaper resolution: a 6000-pixel camera original is cut to 2400.
    resizeOptions: { width: 2400, withoutEnlargement: true },
  },
  fields: [
    { name: 'alt', label: { ar: 'وصف الصورة لمن لا يراها', en: 'Alt text' }, type: 'text', required: true, maxLength: 300, validate: plainText },
    { name: 'caption', label: { ar: 'التعليق', en: 'Caption' }, type: 'text', maxLength: 300, validate: plainText },
    // Where the picture is shown, for the newsroom before it replaces or deletes it: read from the
    // stories' and writers' own columns (indexed), nothing stored.
    {
      name: 'stories',
      label: { ar: 'الأخبار التي تعرضها', en: 'Stories showing it' },
      type: 'join',
      collection: 'articles',
      on: 'image',
      defaultLimit: 10,
      defaultSort: '-publishedAt',
      admin: { allowCreate: false, defaultColumns: ['title', '_status', 'publishedAt'] },
    },
    {
      name: 'portraits',
      label: { ar: 'الكتّاب', en: 'Writers' },
      type: 'join',
      collection: 'writers',
      on: 'photo',
      defaultLimit: 10,
      admin: { allowCreate: false },
    },
    // Set by the database from the description (cms/migrations/20261203_120000_newsroom_search_keys.ts).
    keyField('altKey', staffField),
  ],
};
