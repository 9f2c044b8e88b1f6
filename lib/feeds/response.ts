import { NOT_FOUND_CACHE } from '@/lib/cache-control';
import { liveUntil } from '@/lib/content/lifetime';
import { unavailableResponse } from '@/lib/unavailable';

/**
 * How the feed and sitemap route handlers answer. A failure while building a document answers
 * 503 with Retry-After rather than a 500: crawlers and feed readers take it as "come back later"
 * instead of dropping the feed, and the cause is logged.
 */

/**
 * How long the page cache keeps that 503. Next stores a route's answer whatever its status, for the
 * route's five minutes: without this, a feed the database failed to give would still say 503 minutes
 * after the database is back.
 */
export const UNAVAILABLE_SECONDS = 5;

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
    const now = new Date();
    // Shortening it must not turn the 503 into a 500.
    await liveUntil(new Date(now.getTime() + UNAVAILABLE_SECONDS * 1000), now).catch((cause) => console.error('[feeds] could not shorten the 503’s life:', cause));
    return unavailableResponse(300);
  }
}
