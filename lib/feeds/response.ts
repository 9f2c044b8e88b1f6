import { NO_STORE, NOT_FOUND_CACHE } from '@/lib/cache-control';

/**
 * How the feed and sitemap route handlers answer. A failure while building a document answers
 * 503 with Retry-After rather than a 500: crawlers and feed readers take it as "come back later"
 * instead of dropping the feed, and the cause is logged.
 */

export const RSS_TYPE = 'application/rss+xml; charset=utf-8';
export const XML_TYPE = 'application/xml; charset=utf-8';

/**
 * A 404's minute, as every other: a feed or file that appears later must not stay missing at a CDN.
 * (The sitemap files' path gets next.config's lifetime whatever the route says: a missing one is
 * answered by the proxy before it gets here.)
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
