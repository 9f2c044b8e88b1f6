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

/** The JSON API decides its own methods (POST /api/revalidate); everything else is read-only. */
const API = /^\/api(?:\/|$)/;

/** What every page, feed, card or file may be asked with (the Allow header of 204s and 405s). */
export const PAGE_METHODS = 'GET, HEAD, OPTIONS';

export type MethodVerdict = 'pass' | 'options' | 'not-allowed';

/**
 * GET and HEAD read; OPTIONS is answered with what is allowed; anything else on a page, feed,
 * card or file is a 405. Next would otherwise serve a cached page to a DELETE (200), answer TRACE
 * with a 500, and hand POSTs with a Next-Action header to React's server-action decoder — which
 * this site never uses.
 */
export function methodVerdict(method: string, rawPath: string): MethodVerdict {
  if (API.test(rawPath)) return 'pass';
  if (method === 'GET' || method === 'HEAD') return 'pass';
  return method === 'OPTIONS' ? 'options' : 'not-allowed';
}
