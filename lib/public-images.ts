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

/**
 * The file's name under public/images for an `/images/…` URL path, or undefined when the path is
 * malformed, names the folder itself, or would leave it (`..`, an encoded slash does not help).
 */
export function publicImageName(urlPath: string): string | undefined {
  if (!urlPath.startsWith(PUBLIC_IMAGES_PREFIX)) return undefined;
  let name: string;
  try {
    name = decodeURIComponent(urlPath.slice(PUBLIC_IMAGES_PREFIX.length));
  } catch {
    return undefined;
  }
  if (name.includes('\0')) return undefined;
  const inside = path.posix.normalize(name);
  if (inside === '.' || inside.startsWith('../') || inside === '..' || path.posix.isAbsolute(inside)) return undefined;
  return inside;
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
 * uploaded yet is answered by the proxy itself, briefly cacheable. Where public/ is not on this
 * machine's disk (a platform that serves it from a CDN), nothing is claimed missing.
 * `turbopackIgnore`: the proxy runs before every request and only asks whether a file is there;
 * shipping the images with it would be waste, so these two reads are left out of the trace on purpose.
 */
export function isMissingPublicImage(rawPath: string): boolean {
  if (!rawPath.startsWith(PUBLIC_IMAGES_PREFIX)) return false;
  if (!fs.existsSync(path.join(/* turbopackIgnore: true */ process.cwd(), 'public', 'images'))) return false;
  const name = publicImageName(rawPath);
  if (name === undefined) return true;
  return !fs.statSync(path.join(/* turbopackIgnore: true */ process.cwd(), 'public', 'images', name), { throwIfNoEntry: false })?.isFile();
}
