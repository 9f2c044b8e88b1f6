/** Where the production server under test listens (set by scripts/with-server.mjs). */
export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:3400';

/** The public origin the build printed into absolute URLs (SITE_URL at build time). */
export const SITE_URL = (process.env.SITE_URL ?? 'https://www.alwafd.news').replace(/\/+$/, '');

/** Fetch from the server under test; absolute site URLs are mapped onto it. */
export function get(pathOrUrl: string, init?: RequestInit): Promise<Response> {
  const url = pathOrUrl.startsWith(SITE_URL) ? pathOrUrl.slice(SITE_URL.length) || '/' : pathOrUrl;
  return fetch(url.startsWith('http') ? url : `${BASE_URL}${url}`, { redirect: 'manual', ...init });
}
