import { NO_STORE } from '@/lib/cache-control';

/**
 * The answer when what a route serves could not be read (the database is down, and nothing was
 * cached): 503 with Retry-After, which crawlers, feed readers and link-preview fetchers take as "come
 * back later" rather than a 500 — and kept by no CDN, so the next request finds the database back.
 */
export function unavailableResponse(retryAfterSeconds: number): Response {
  return new Response('Temporarily unavailable\n', {
    status: 503,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': String(retryAfterSeconds), 'Cache-Control': NO_STORE },
  });
}
