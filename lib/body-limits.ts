/**
 * The largest request body each API path accepts, in bytes, in one table: the server hook
 * (lib/server) refuses a longer declared body with 413 before reading it and cuts a chunked one
 * the moment it passes; the route's own reader enforces the same number. Paths not listed are not
 * capped here: the CMS that will live under /api takes uploads of several megabytes.
 */
export const BODY_LIMITS: Readonly<Record<string, number>> = {
  // A list of article ids and the secret: {"ids": [1234, …]} with at most 200 ids.
  '/api/revalidate': 16 * 1024,
  // A view beacon: {"id": 2147483647} is 16 bytes; room for whitespace, nothing more.
  '/api/read': 64,
};

/** The limit for a path (without its query), if it has one. */
export function bodyLimit(pathname: string): number | undefined {
  return Object.hasOwn(BODY_LIMITS, pathname) ? BODY_LIMITS[pathname] : undefined;
}
