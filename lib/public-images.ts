import fs from 'node:fs';
import path from 'node:path';

/**
 * Article images live in public/images. Three places need the file behind an image URL: RSS
 * enclosures (its byte length), social cards and hero crops (its pixels), and the proxy (whether it
 * exists). One resolver for all of them, which refuses anything that leaves public/images.
 */
export const PUBLIC_IMAGES_PREFIX = '/images/';

/** The file behind `/images/…` inside `root`, or undefined when the name is malformed or escapes it. */
function fileIn(root: string, urlPath: string): string | undefined {
  if (!urlPath.startsWith(PUBLIC_IMAGES_PREFIX)) return undefined;
  let name: string;
  try {
    name = decodeURIComponent(urlPath.slice(PUBLIC_IMAGES_PREFIX.length));
  } catch {
    return undefined;
  }
  const file = path.resolve(root, name);
  return file.startsWith(root + path.sep) ? file : undefined;
}

/**
 * For feeds and cards. The path is spelled out from public/images so the bundler traces those
 * files into the functions that rebuild feeds and render cards at runtime (ISR, Vercel).
 */
export function publicImageFile(src: string): string | undefined {
  return fileIn(path.join(process.cwd(), 'public', 'images'), src);
}

/** Byte length of an article image, for an RSS enclosure; undefined when it is missing. */
export function publicImageSize(src: string): number | undefined {
  const file = publicImageFile(src);
  const stat = file ? fs.statSync(file, { throwIfNoEntry: false }) : undefined;
  return stat?.isFile() ? stat.size : undefined;
}

/**
 * For the proxy: article images are cached for a month (lib/cache-control), so a 404 for one not
 * uploaded yet is answered by the proxy itself, briefly cacheable. Where public/ is not on this
 * machine's disk (a platform that serves it from a CDN), nothing is claimed missing.
 * `turbopackIgnore`: the proxy must not bundle every image to look for one.
 */
export function isMissingPublicImage(rawPath: string): boolean {
  if (!rawPath.startsWith(PUBLIC_IMAGES_PREFIX)) return false;
  const root = path.join(/* turbopackIgnore: true */ process.cwd(), 'public', 'images');
  if (!fs.existsSync(root)) return false;
  const file = fileIn(root, rawPath);
  return !file || !fs.statSync(file, { throwIfNoEntry: false })?.isFile();
}
