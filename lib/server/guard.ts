import { bodyLimit, UPLOAD_PATH } from '@/lib/body-limits';
import type { Locale } from '@/lib/locales';
import { hasEncodedDotSegment, isReaderPath, localeOfPath } from '@/lib/request-guard';

/**
 * What the HTTP server answers itself, before Next reads a byte of the body or parses the URL:
 * a pure function of the method, the request target as it came over the wire, and the declared
 * body length, so every rule is unit-tested. lib/server/install.ts writes the answers.
 */

/** The Fetch standard forbids them: Next cannot even build a Request for them (it answered 500). */
const FORBIDDEN_METHODS = new Set(['TRACE', 'TRACK']);

/** What a page, feed, card or file may be asked with. */
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type Answer =
  /** OPTIONS * asks about the server as a whole. */
  | { status: 204 }
  /** A target that is not a path, a path with an encoded dot segment or a malformed escape, a Host that is no authority (JSON under /api). */
  | { status: 400; locale: Locale; json?: true }
  /** Anything but a read on a reader path; TRACE and TRACK anywhere. */
  | { status: 405; locale: Locale }
  /** A declared body longer than its path accepts; `upload` when it is a picture's (said in the admin's language). */
  | { status: 413; limit: number; upload?: true };

export interface Pass {
  /** The path, query removed, as sent (still percent-encoded). */
  pathname: string;
  /** A page, feed, card or file (not /api, not /admin). */
  reader: boolean;
  /** The most body bytes the path accepts, if it has a limit (a chunked body is cut there). */
  bodyLimit?: number;
}

/** The path with its escapes decoded; undefined when an escape is malformed ("%FF", "%E0%A4%A", "%ZZ"). */
function decoded(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

const API = /^\/api(?:\/|$)/;

/**
 * A Host header that is no authority ("localhost:99999", "evil example", "[::1"). Payload's admin
 * builds its URL from it and threw (500); every page is drawn from the configured origin, never
 * from this header, so refusing it costs a reader nothing. An absent or empty Host (HTTP/1.0) passes.
 */
function malformedHost(host: string | undefined): boolean {
  if (!host) return false;
  if (/[/?#@\\]/.test(host)) return true;
  try {
    new URL(`http://${host}`);
    return false;
  } catch {
    return true;
  }
}

/**
 * The image optimiser decodes the path of a local picture's `url` once more to check it is not
 * itself (`/_next/image?url=%2F%25` is the path "/%"), and threw on a malformed escape: 500.
 */
function malformedImageSource(target: string): boolean {
  const query = target.split('#', 1)[0]!.split('?').slice(1).join('?');
  return new URLSearchParams(query).getAll('url').some((url) => url.startsWith('/') && decoded(url.split(/[?#]/, 1)[0]!) === undefined);
}

export function judge(method: string, target: string, contentLength?: string, host?: string): { answer: Answer } | { pass: Pass } {
  if (target === '*') return { answer: method === 'OPTIONS' ? { status: 204 } : { status: 400, locale: 'ar' } };
  // Origin form only. An absolute URL ("GET http://evil.example/news/1001") made Next redirect to
  // that host; an authority ("evil.example:443") is for CONNECT, which this server does not do.
  if (!target.startsWith('/')) return { answer: { status: 400, locale: 'ar' } };
  const pathname = target.split(/[?#]/, 1)[0]!;
  const locale = localeOfPath(pathname);
  if (FORBIDDEN_METHODS.has(method)) return { answer: { status: 405, locale } };
  if (hasEncodedDotSegment(pathname)) return { answer: { status: 400, locale } };
  // Next routes on the decoded path: "/%61pi/revalidate" reaches the API as "/api/revalidate" does.
  const routed = decoded(pathname);
  // Refused here for every path: the proxy refuses them on pages and files, but never sees /api or
  // /admin, where Next's router threw on them (500).
  if (routed === undefined || malformedHost(host)) return { answer: { status: 400, locale, ...(API.test(pathname) && { json: true as const }) } };
  if (routed === '/_next/image' && malformedImageSource(target)) return { answer: { status: 400, locale } };
  const reader = isReaderPath(routed);
  if (reader && !READS.has(method)) return { answer: { status: 405, locale } };
  const limit = bodyLimit(routed);
  if (limit === undefined) return { pass: { pathname, reader } };
  if (Number(contentLength ?? 0) > limit) return { answer: { status: 413, limit, ...(UPLOAD_PATH.test(routed) && { upload: true as const }) } };
  return { pass: { pathname, reader, bodyLimit: limit } };
}
