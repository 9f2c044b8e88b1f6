import fs from 'node:fs';
import path from 'node:path';

/**
 * Article images are cached for a month (lib/cache-control). A 404 for an image not uploaded yet
 * must not be: the proxy answers it itself, briefly cacheable, when this says the file is missing.
 * Where public/ is not on this machine's disk (a platform that serves it from a CDN), nothing is
 * claimed missing. `turbopackIgnore`: the proxy must not bundle every image to look for one.
 */
export const PUBLIC_IMAGES_PREFIX = '/images/';

export function isMissingPublicImage(rawPath: string): boolean {
  if (!rawPath.startsWith(PUBLIC_IMAGES_PREFIX)) return false;
  const root = path.join(/* turbopackIgnore: true */ process.cwd(), 'public', 'images');
  if (!fs.existsSync(root)) return false;
  let name: string;
  try {
    name = decodeURIComponent(rawPath.slice(PUBLIC_IMAGES_PREFIX.length));
  } catch {
    return true;
  }
  const file = path.resolve(root, name);
  if (!file.startsWith(root + path.sep)) return true;
  return !fs.statSync(file, { throwIfNoEntry: false })?.isFile();
}
