import type { OutgoingMessage } from 'node:http';
import { NO_INDEX, isNewsroomPath } from '@/lib/admin-headers';
import { nextCairoDayStart } from '@/lib/cairo-time';
import { CROSS_ORIGIN_RESOURCE, isCrossOriginPath, securityHeaders } from '@/lib/security-headers';

/**
 * The last look at a response's headers before they are written (lib/server/html-finisher calls
 * this from writeHead, for every response the server sends).
 */

/**
 * Headers Next's parts use to talk to each other. On a response they tell a scanner how the site
 * is built, and a CDN stores them: x-middleware-rewrite echoed the whole query string.
 */
const INTERNAL = /^x-(?:nextjs|middleware)-/i;

/**
 * What the App Router's client reads from the answers to its own requests (RSC: 1): the path and
 * query a page was rendered at after a rewrite, how long its data stays fresh, whether it was
 * partially prerendered. Without them client navigations would resolve the wrong route params.
 */
const ROUTER_HEADERS = new Set(['x-nextjs-rewritten-path', 'x-nextjs-rewritten-query', 'x-nextjs-stale-time', 'x-nextjs-postponed']);

export interface HeaderContext {
  /** The request's path: decides which files other origins may embed. */
  pathname: string;
  /** The request came from Next's client router (RSC: 1). */
  rsc: boolean;
  dev?: boolean;
}

const SINGLE_VALUED = ['location', 'content-type', 'etag', 'last-modified'];

export function finalizeHeaders(res: OutgoingMessage, { pathname, rsc, dev = false }: HeaderContext): void {
  // Headers a response carries once (RFC 9110). Next's first render of a redirect sets Location,
  // then appends it again from the headers it keeps with the rendered copy: two Location headers.
  for (const name of SINGLE_VALUED) {
    const value = res.getHeader(name);
    if (Array.isArray(value)) res.setHeader(name, value[0]!);
  }
  // Read before Next's internal headers go: a copy served while it is rendered again is past its life.
  const stale = String(res.getHeader('x-nextjs-cache') ?? '').toUpperCase() === 'STALE';
  for (const name of res.getHeaderNames()) {
    if (INTERNAL.test(name) && !(rsc && ROUTER_HEADERS.has(name))) res.removeHeader(name);
  }
  // next.config's headers reach most responses; Node's own answers (431) they miss. Whatever a
  // response already has (the image optimizer's stricter CSP) is kept.
  for (const { key, value } of securityHeaders({ dev })) {
    if (res.hasHeader(key)) continue;
    res.setHeader(key, key === CROSS_ORIGIN_RESOURCE.key && isCrossOriginPath(pathname) ? CROSS_ORIGIN_RESOURCE.value : value);
  }
  // Whatever the newsroom's side answers without the admin's headers stays out of indexes like the admin.
  if (isNewsroomPath(pathname) && !res.hasHeader(NO_INDEX.key)) res.setHeader(NO_INDEX.key, NO_INDEX.value);
  // Every reader page, and the RSC payload a client navigation fetches, prints today's date: no
  // shared copy of either may outlive Cairo's midnight.
  const cacheControl = res.getHeader('cache-control');
  if (typeof cacheControl === 'string') {
    const now = new Date();
    res.setHeader('Cache-Control', stale ? notSharedWhenStale(cacheControl) : capSharedMaxAge(cacheControl, (nextCairoDayStart(now).getTime() - now.getTime()) / 1000));
  }
}

/**
 * A stale copy — Next serves an ended one once more while it renders the page again — is not for a
 * CDN to keep: it may carry yesterday's date line or an expired breaking line (the page's life
 * ended at that moment), yet Next repeats the lifetime it was rendered with, and a year of
 * stale-while-revalidate. Shared caches get no lifetime at all; the next request reaches the fresh copy.
 */
export function notSharedWhenStale(cacheControl: string): string {
  return capSharedMaxAge(cacheControl, 0)
    .split(',')
    .map((directive) => directive.trim())
    .filter((directive) => !/^stale-while-revalidate=/i.test(directive))
    .join(', ');
}

/**
 * A Cache-Control whose shared lifetime (s-maxage) ends by `secondsLeft` from now. Next writes
 * s-maxage when it renders a page (for the date line: the seconds to Cairo's midnight then) and
 * sends the same number on every later hit of that cached copy, so a CDN in front of this server,
 * fetching it at 23:58, would keep yesterday's date line for minutes. Other directives are kept.
 */
export function capSharedMaxAge(cacheControl: string, secondsLeft: number): string {
  const left = Math.max(0, Math.ceil(secondsLeft));
  return cacheControl.replace(/\bs-maxage=(\d+)/i, (directive, seconds: string) => (Number(seconds) > left ? `s-maxage=${left}` : directive));
}
