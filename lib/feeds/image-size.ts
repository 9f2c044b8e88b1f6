import fs from 'node:fs';
import path from 'node:path';
import { publicImageName } from '@/lib/public-images';

/**
 * Byte length of an article image, for an RSS enclosure; undefined when it is missing. The folder
 * is spelled out in the read so the feeds' functions ship public/images (lib/public-images.ts says why).
 */
export function publicImageSize(src: string): number | undefined {
  const name = publicImageName(src);
  if (name === undefined) return undefined;
  const stat = fs.statSync(path.join(process.cwd(), 'public', 'images', name), { throwIfNoEntry: false });
  return stat?.isFile() ? stat.size : undefined;
}
