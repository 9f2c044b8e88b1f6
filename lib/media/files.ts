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
