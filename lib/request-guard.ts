import { defaultLocale, isLocale, type Locale } from './locales';

/**
 * What the proxy refuses before Next routes a request. Pure functions of the raw path and the
 * method, so every rule is unit-tested; proxy.ts only wires them up.
 */

/** Characters no URL of ours ever contains once decoded: NUL, CR/LF (header injection), other controls. */
const CONTROL = /[\u0000-\u001f\u007f]/;
/** An encoded separator or a second layer of encoding: only traversal attempts produce these. */
const SEPARATOR_OR_ESCAPE = /[/\\%]/;

/**
 * The longest path segment any URL of ours has, in UTF-8 bytes once decoded: a tag is at most 60
 * characters. Longer ones cannot name a page, and Next would try to use them as a cache file name
 * (ENAMETOOLONG beyond 255 bytes).
 */
export const MAX_SEGMENT_BYTES = 255;

/**
 * True when a path segment is too long to be ours, or a percent-escape in it is malformed
 * ("%E0%A4%A", "%", "%ZZ"), hides a control character ("%00", "%0d%0a"), or hides a path separator
 * or dot segment ("%2f", "%2e%2e", "%252e"). Next's router throws on malformed escapes (500);
 * next-intl's rewrite decodes a second layer and resolves it ("/tag/%252e%252e" → "/"), so none of
 * them may reach either. Legitimate escapes — Arabic tags, spaces — decode to none of these. Raw
 * "../" never gets here: URL parsing resolves it first.
 */
export function isHostilePath(rawPath: string): boolean {
  for (const segment of rawPath.split('/')) {
    if (!segment.includes('%')) {
      if (segment.length > MAX_SEGMENT_BYTES) return true;
      continue;
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return true;
    }
    if (new TextEncoder().encode(decoded).length > MAX_SEGMENT_BYTES) return true;
    if (CONTROL.test(decoded) || SEPARATOR_OR_ESCAPE.test(decoded) || decoded === '.' || decoded === '..') return true;
  }
  return false;
}

/** The edition an error page should speak: the path's locale prefix, else Arabic. */
export function localeOfPath(rawPath: string): Locale {
  const first = rawPath.split('/')[1];
  return isLocale(first) ? first : defaultLocale;
}

/**
 * Paths that take more than reading: the JSON API (POST /api/revalidate, later the CMS's REST API
 * with its uploads) and the CMS's admin screens (form posts). Every other path is a reader path.
 */
const WRITABLE = /^\/(?:api|admin)(?:\/|$)/;
/** Our own JSON under /api that is only ever read: a POST there was answered from the cache as a GET. */
const READ_ONLY_API = /^\/api\/(?:breaking-news|health)(?:\/|$)/;

/** Our read-only JSON (the proxy answers its other methods: see proxy.ts's matcher). */
export function isReadOnlyApi(pathname: string): boolean {
  return READ_ONLY_API.test(pathname);
}

/** A page, feed, card, file or read-only JSON: something only ever read (GET, HEAD, OPTIONS). */
export function isReaderPath(pathname: string): boolean {
  return !WRITABLE.test(pathname) || READ_ONLY_API.test(pathname);
}

/** ".", "..", with at least one dot written as %2e (any case): "%2e%2e", ".%2e", "%2E." or "%2e". */
const ENCODED_DOT_SEGMENT = /^(?:%2e|\.)(?:%2e|\.)?$/i;

/**
 * True when a raw path (the request target as sent, query allowed) has a dot segment written with
 * an escape. URL parsing resolves "%2e%2e" like "..", so the proxy only ever sees the path after
 * it was resolved away ("/tag/%2e%2e" arrives as "/") and Next served the front page. No URL of
 * ours has one, so the server refuses them where the raw target is still visible.
 */
export function hasEncodedDotSegment(rawTarget: string): boolean {
  const path = rawTarget.split(/[?#]/, 1)[0]!;
  return path.split('/').some((segment) => segment.includes('%') && ENCODED_DOT_SEGMENT.test(segment));
}

/** What every page, feed, card or file may be asked with (the Allow header of 204s and 405s). */
export const PAGE_METHODS = 'GET, HEAD, OPTIONS';

export type MethodVerdict = 'pass' | 'options' | 'not-allowed';

/**
 * GET and HEAD read; OPTIONS is answered with what is allowed; anything else on a page, feed,
 * card or file is a 405. Next would otherwise serve a cached page to a DELETE (200), answer TRACE
 * with a 500, and hand POSTs with a Next-Action header to React's server-action decoder — which
 * this site never uses. (The server hook, lib/server, refuses them first, before the body is read;
 * this is the same rule where no such hook runs.)
 */
export function methodVerdict(method: string, rawPath: string): MethodVerdict {
  if (!isReaderPath(rawPath)) return 'pass';
  if (method === 'GET' || method === 'HEAD') return 'pass';
  return method === 'OPTIONS' ? 'options' : 'not-allowed';
}
