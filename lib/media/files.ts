import fs from 'node:fs';
import path from 'node:path';
import { publicImageFile } from '@/lib/public-images';
import { MEDIA_URL_PREFIX } from './url';

/**
 * Where a picture's bytes are, for the social card and the hero crops, whatever stores it:
 * - `/api/media/file/{name}`: an upload kept on this machine's disk (the CMS's media folder);
 * - `/images/…`: a file shipped in public/images;
 * - an absolute https URL: the media store (Vercel Blob), fetched.
 * Anything else, or a name that would leave its folder, has no bytes.
 */
export { MEDIA_URL_PREFIX };

/** The CMS's upload folder when no media store is configured (cms/collections/Media.ts uploads there). */
export function mediaDir(): string {
  // turbopackIgnore: runtime data written by the CMS, not a build input to trace into functions.
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.MEDIA_DIR || '.data/media');
}

/** The longest file name ext4, XFS and Btrfs keep, in bytes. */
export const MAX_DISK_NAME_BYTES = 255;

/**
 * The most bytes an upload's name keeps: less than a disk keeps, since the CMS names each stored size
 * after the original with its width and height ("…-480x270.webp"), and a second upload of a name with "-1".
 */
export const MAX_UPLOAD_NAME_BYTES = MAX_DISK_NAME_BYTES - 55;

/**
 * An upload's name cut, whole characters at a time, to what a disk keeps with room for the stored
 * sizes' suffixes (MAX_UPLOAD_NAME_BYTES), its extension kept: an Arabic name of 130 letters is 260
 * bytes, and such an upload failed with "a problem while uploading the file".
 */
export function fittingUploadName(name: string, maxBytes = MAX_UPLOAD_NAME_BYTES): string {
  if (Buffer.byteLength(name) <= maxBytes) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  // Whole characters as a reader sees them: a letter with its marks, an emoji of several code points.
  const characters = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(name.slice(0, name.length - extension.length))].map((part) => part.segment);
  while (characters.length && Buffer.byteLength(characters.join('') + extension) > maxBytes) characters.pop();
  return characters.join('').trimEnd() + extension;
}

/** Where an upload named `name` is on this disk; undefined for a name that would leave the folder. */
export function uploadPath(name: string): string | undefined {
  if (!name || name.includes('/') || name.includes('\\') || name.includes('\0') || name === '..' || name === '.') return undefined;
  return path.join(mediaDir(), name);
}

function uploadFile(src: string): string | undefined {
  try {
    return uploadPath(decodeURIComponent(src.slice(MEDIA_URL_PREFIX.length).split('?')[0]!));
  } catch {
    return undefined;
  }
}

/** How long a picture from the media store may take to arrive before the card is drawn without it. */
const FETCH_TIMEOUT_MS = 5000;

export async function pictureBytes(src: string): Promise<Buffer | undefined> {
  if (/^https:\/\//.test(src)) {
    try {
      const response = await fetch(src, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
      return response.ok ? Buffer.from(await response.arrayBuffer()) : undefined;
    } catch {
      return undefined;
    }
  }
  const file = src.startsWith(MEDIA_URL_PREFIX) ? uploadFile(src) : publicImageFile(src);
  if (!file) return undefined;
  try {
    return await fs.promises.readFile(file);
  } catch {
    return undefined;
  }
}
