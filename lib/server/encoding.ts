import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Content codings for the pages the server finishes (lib/server/html-finisher): Brotli where the
 * client takes it, gzip otherwise. A finished page is compressed once and kept
 * (lib/server/finished-pages), so compression runs once per version of a page, not per request.
 */
export type Encoding = 'br' | 'gzip' | 'identity';

/**
 * Brotli quality 7 and gzip level 6, made while the first reader of a version waits. Measured on the
 * 94 KB article (mean of 200 runs): quality 5 13.1 KB in 1.2 ms, 6 12.9 KB in 1.2 ms, 7 12.7 KB in
 * 1.5 ms, 8 12.7 KB in 1.7 ms; gzip 18 KB in about as long. With a short most-read list the
 * article's first answer then fits, headers and all, in a new connection's first round trip (see
 * encodeCompact); with a full one it is 13.3 KB, 0.4 KB too many. Quality 10 saves another 1 KB but
 * takes 30–50 ms — too long to hold the event loop; pages read again get it from the thread pool
 * (`encodeCompact`, lib/server/finished-pages).
 */
const BROTLI_QUALITY = 7;
const GZIP_LEVEL = 6;
const COMPACT_BROTLI_QUALITY = 10;

/** Brotli for HTML: text mode, the body's size as the window hint. */
const brotliOptions = (body: Buffer, quality: number) => ({
  params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
});

/** Parses Accept-Encoding ("gzip;q=0.5, br") into coding → q; entries with an unreadable q are ignored. */
function weights(header: string): Map<string, number> {
  const result = new Map<string, number>();
  for (const entry of header.split(',')) {
    const [coding, ...params] = entry.split(';').map((part) => part.trim());
    if (!coding) continue;
    let q = 1;
    for (const param of params) {
      const match = /^q\s*=\s*(\S*)$/i.exec(param);
      if (match) q = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(match[1]!) ? Number(match[1]) : NaN;
    }
    if (!Number.isNaN(q)) result.set(coding.toLowerCase(), q);
  }
  return result;
}

/** The coding to send: the acceptable one with the highest q, Brotli before gzip on a tie. */
export function preferredEncoding(acceptEncoding: string | undefined): Encoding {
  const q = weights(acceptEncoding ?? '');
  const weight = (coding: 'br' | 'gzip') => q.get(coding) ?? q.get('*') ?? 0;
  const br = weight('br');
  const gzip = weight('gzip');
  if (br > 0 && br >= gzip) return 'br';
  if (gzip > 0) return 'gzip';
  return 'identity';
}

export function encode(body: Buffer, encoding: Encoding): Buffer {
  if (encoding === 'br') {
    return brotliCompressSync(body, brotliOptions(body, BROTLI_QUALITY));
  }
  if (encoding === 'gzip') return gzipSync(body, { level: GZIP_LEVEL });
  return body;
}

const brotliAsync = promisify(brotliCompress);

/**
 * Brotli quality 10 (the article: 11.7 KB in 30–50 ms; quality 11 saves 50 bytes more for 130 ms),
 * off the event loop in libuv's thread pool, for pages that are read again (lib/server/finished-pages).
 * Why bytes matter here: an answer that fits, with its headers, in the 14.6 KB a new TCP connection
 * may send before its first acknowledgement (ten segments of 1,460 bytes) reaches a reader on a slow
 * network one round trip sooner: the article's does, with a full most-read list beside it (13.4 KB;
 * __tests__/integration/budgets.test.ts holds both editions' articles to it).
 */
export function encodeCompact(body: Buffer): Promise<Buffer> {
  return brotliAsync(body, brotliOptions(body, COMPACT_BROTLI_QUALITY));
}
