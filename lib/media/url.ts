/**
 * Where the CMS serves an upload kept on this machine's disk: `/api/media/file/{name}`. Alone in its
 * own file, with no imports, because next.config.ts reads it (through lib/admin-headers) and cannot
 * resolve the project's `@/` paths.
 */
export const MEDIA_URL_PREFIX = '/api/media/file/';
