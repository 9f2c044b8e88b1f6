import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Content codings for the pages the server finishes (lib/server/html-finisher): Brotli where the
 * client takes it, gzip otherwise. A finished page is compressed once and kept
 * (lib/server/finished-pages), so compression runs once per version of a page, not per request.
 */
export type Encoding = 'br' | 'gzip' | 'identity';

/**
 * Brotli quality 6 and gzip level 6, made while the first reader of a version waits — on the event
 * loop, so on every cold page of the archive under load. Measured on the 98 KB seed article in a
 * process whose heap is in use, as a server's is (medians of 40 calls in each of two to four fresh processes):
 * quality 5 13.9 KB in 2.1–2.3 ms, 6 13.7 KB in 1.8–2.7 ms, 7 13.5 KB in 7.0–10.2 ms (1.5 ms only in
 * a loop with nothing else allocating), 8 13.5 KB in 2.8 ms with a first call of 15–17 ms. Quality
 * 7's 170 bytes never decided the first round trip: with the most-read list full, as on a running
 * site, the article's first answer is over the flight at either quality (BENCHMARKS.md). Readers after
 * the first get quality 10 (`encodeCompact`), which does fit.
 */
const BROTLI_QUALITY = 6;
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
