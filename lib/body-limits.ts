import { READ_PATH, REVALIDATE_PATH } from './routes';

/**
 * The largest request body each API path accepts, in bytes, in one table: the server hook
 * (lib/server) refuses a longer declared body with 413 before reading it and cuts a chunked one
 * the moment it passes; the site's own routes enforce the same number when they read.
 */
export const BODY_LIMITS: Readonly<Record<string, number>> = {
  // A list of article ids and the secret: {"ids": [1234, …]} with at most 200 ids.
  [REVALIDATE_PATH]: 16 * 1024,
  // A view beacon: {"id": 2147483647} is 16 bytes; room for whitespace, nothing more.
  [READ_PATH]: 64,
};

const MEGABYTE = 1024 * 1024;

/**
 * The rest of the CMS's API (logins, stories, GraphQL): JSON, a long story's rich text included, is
 * far below this. Payload sets no limit of its own: two 100 MB login bodies took the server from
 * 389 MB to 1 GB while they were parsed.
 */
export const CMS_BODY_LIMIT = 2 * MEGABYTE;
/** Pictures, as a camera makes them (the Media collection cuts them to 2,400 px once stored). */
export const UPLOAD_BODY_LIMIT = 40 * MEGABYTE;
/** Each, in the megabytes the newsroom is told (the upload field's description, the refusals). */
export const CMS_LIMIT_MB = CMS_BODY_LIMIT / MEGABYTE;
export const UPLOAD_LIMIT_MB = UPLOAD_BODY_LIMIT / MEGABYTE;

/**
 * The most pixels a picture may have: sharp's own `limitInputPixels` default (0x3FFF × 0x3FFF, 268 million).
 * A larger one — a broadsheet page scanned at 600 dpi, a stitched panorama — is refused before it is
 * decoded (cms/hooks/picture-refusals.ts), so no server holds a gigabyte of pixels for one upload.
 */
export const MAX_PICTURE_PIXELS = 0x3fff * 0x3fff;

/** Where pictures are uploaded (a new one, or a new file for one): the Media collection's API. */
export const UPLOAD_PATH = /^\/api\/media(?:\/|$)/;

/** The limit for a path (without its query), if it has one: pages are read-only (405 for a body). */
export function bodyLimit(pathname: string): number | undefined {
  if (Object.hasOwn(BODY_LIMITS, pathname)) return BODY_LIMITS[pathname];
  if (UPLOAD_PATH.test(pathname)) return UPLOAD_BODY_LIMIT;
  if (/^\/api(?:\/|$)/.test(pathname)) return CMS_BODY_LIMIT;
  return undefined;
}
