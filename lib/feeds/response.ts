import { NO_STORE, NOT_FOUND_CACHE } from '@/lib/cache-control';

/**
 * How the feed and sitemap route handlers answer. A failure while building a document answers
 * 503 with Retry-After rather than a 500: crawlers and feed readers take it as "come back later"
 * instead of dropping the feed, and the cause is logged.
 */

export const RSS_TYPE = 'application/rss+xml; charset=utf-8';
export const XML_TYPE = 'application/xml; charset=utf-8';

/**
 * Its own lifetime, as every other 404's: next.config gives the sitemaps' paths the files' five
 * minutes (plus ten stale), which kept a file that appears when the archive fills a block a 404 at
 * the CDN for up to fifteen.
 */
export function notFoundResponse(): Response {
  return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': NOT_FOUND_CACHE } });
}

/** Runs `build`; a string becomes a 200 of `contentType`, undefined a 404. */
export async function xmlResponse(build: () => Promise<string | undefined> | string | undefined, contentType: string): Promise<Response> {
  try {
    const body = await build();
    if (body === undefined) return notFoundResponse();
    return new Response(body, { status: 200, headers: { 'Content-Type': contentType } });
  } catch (error) {
    console.error('[feeds] could not build the document:', error);
    return new Response('Temporarily unavailable\n', {
      status: 503,
      // Not kept by a CDN: the next request should find the database back.
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '300', 'Cache-Control': NO_STORE },
    });
  }
}
