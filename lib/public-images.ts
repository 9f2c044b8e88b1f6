import fs from 'node:fs';
import path from 'node:path';

/**
 * Article images live in public/images. Three places need the file behind an image URL: RSS
 * enclosures (its byte length), social cards and hero crops (its pixels), and the proxy (whether it
 * exists). One resolver for all of them, which refuses anything that leaves public/images.
 *
 * The bundler's tracer reads a path built from process.cwd() — `path.join(process.cwd(), 'public',
 * 'images', name)` — as files the module needs, wherever it stands, and ships them with every
 * function that imports the module; a path it cannot read (built in one function, used in another)
 * made it ship the whole project with every function. So the one read that must ship the images,
 * the feeds', spells its folder out in a module of its own (lib/feeds/image-size.ts), and the
 * paths here, which must not, carry `turbopackIgnore` on process.cwd(), each saying why.
 * __tests__/integration/file-tracing.test.ts checks what each function ships.
 */
export const PUBLIC_IMAGES_PREFIX = '/images/';

/** The folders of public/ the proxy hands to Next's file server: article pictures and the site's icons. */
const PUBLIC_FOLDERS = [PUBLIC_IMAGES_PREFIX, '/icons/'] as const;

/**
 * The file's name under a folder of public/ for a URL path in it, or undefined when the path is
 * malformed, names the folder itself, or would leave it (`..`, an encoded slash does not help).
 */
function publicFileName(urlPath: string, prefix: string): string | undefined {
  if (!urlPath.startsWith(prefix)) return undefined;
  let name: string;
  try {
    name = decodeURIComponent(urlPath.slice(prefix.length));
  } catch {
    return undefined;
  }
  if (name.includes('\0')) return undefined;
  const inside = path.posix.normalize(name);
  if (inside === '.' || inside.startsWith('../') || inside === '..' || path.posix.isAbsolute(inside)) return undefined;
  return inside;
}

/** The file's name under public/images for an `/images/…` URL path (see publicFileName). */
export function publicImageName(urlPath: string): string | undefined {
  return publicFileName(urlPath, PUBLIC_IMAGES_PREFIX);
}

/**
 * For social cards and hero crops, whose file sharp reads in the /cards/** route; next.config's
 * outputFileTracingIncludes ships public/images with that route. `turbopackIgnore`: the tracer takes
 * a path built from process.cwd() for a read wherever it stands, and this module is imported by every
 * page that links a card — traced here, the images would ship with all of them.
 */
export function publicImageFile(src: string): string | undefined {
  const name = publicImageName(src);
  return name === undefined ? undefined : path.join(/* turbopackIgnore: true */ process.cwd(), 'public', 'images', name);
}

/**
 * For the proxy: article images are cached for a month (lib/cache-control), so a 404 for one not
 * uploaded yet is answered by the proxy itself, briefly cacheable; a missing icon likewise (Next
 * drew it as a page of an edition called "icons": an error shell with no language). Where public/
 * is not on this machine's disk (a platform that serves it from a CDN), nothing is claimed missing.
 * `turbopackIgnore`: the proxy runs before every request and only asks whether a file is there;
 * shipping the images with it would be waste, so these two reads are left out of the trace on purpose.
 */
export function isMissingPublicFile(rawPath: string): boolean {
  const prefix = PUBLIC_FOLDERS.find((folder) => rawPath.startsWith(folder));
  if (prefix === undefined) return false;
  const folder = prefix.slice(1, -1);
  if (!fs.existsSync(path.join(/* turbopackIgnore: true */ process.cwd(), 'public', folder))) return false;
  const name = publicFileName(rawPath, prefix);
  if (name === undefined) return true;
  const file = path.join(/* turbopackIgnore: true */ process.cwd(), 'public', folder, name);
  try {
    return !fs.statSync(file, { throwIfNoEntry: false })?.isFile();
  } catch {
    // A path through a file ("a.webp/x": ENOTDIR) threw, and the proxy answered 500.
    return true;
  }
}
