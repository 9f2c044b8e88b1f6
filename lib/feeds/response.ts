/**
 * How the feed and sitemap route handlers answer. A failure while building a document answers
 * 503 with Retry-After rather than a 500: crawlers and feed readers take it as "come back later"
 * instead of dropping the feed, and the cause is logged.
 */

export const RSS_TYPE = 'application/rss+xml; charset=utf-8';
export const XML_TYPE = 'application/xml; charset=utf-8';

export function notFoundResponse(): Response {
  return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
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
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '300' },
    });
  }
}
