/**
 * Byte budgets of the production build. Bytes are deterministic, so they are tests: a change that
 * makes the article page heavier than its budget fails here, with the numbers.
 */
import http from 'node:http';
import { brotliDecompressSync } from 'node:zlib';
import { encode, encodeCompact } from '@/lib/server/encoding';
import { describeWeight, pageWeight, type PageWeight } from '@/scripts/page-weight';
import { BASE_URL, get } from './server';

const KB = 1024;
let article: PageWeight;
let control: PageWeight;
let home: PageWeight;

beforeAll(async () => {
  [article, control, home] = await Promise.all([pageWeight(`${BASE_URL}/news/1001`), pageWeight(`${BASE_URL}/blank`), pageWeight(`${BASE_URL}/`)]);
  console.log([article, control, home].map(describeWeight).join('\n'));
});

const totalJs = (w: PageWeight) => w.jsGzip + w.inlineJsGzip;

describe('byte budgets (gzipped)', () => {
  // 10 KB since most read and the section's newest stand beside the text: their headlines travel in
  // the inline RSC payload as they do in the HTML (BENCHMARKS.md, "The article budget").
  it('the article ships at most 10 KB of JavaScript above the empty control page', () => {
    expect(totalJs(article) - totalJs(control)).toBeLessThanOrEqual(10 * KB);
  });

  it('of which at most 2 KB is code: the share island and the view beacon, no more', () => {
    expect(article.jsGzip - control.jsGzip).toBeLessThanOrEqual(2 * KB);
  });

  it('the home page ships at most 8 KB of JavaScript above the control page', () => {
    expect(totalJs(home) - totalJs(control)).toBeLessThanOrEqual(8 * KB);
  });

  it('CSS ≤ 12 KB and HTML ≤ 30 KB on the article and home pages', () => {
    for (const page of [article, home]) {
      expect(page.cssGzip).toBeLessThanOrEqual(12 * KB);
      expect(page.htmlGzip).toBeLessThanOrEqual(30 * KB);
    }
  });

  it('preloads exactly one Arabic font file, cut to the news character set (budget 100 KB, ours 32 KB)', async () => {
    expect(article.preloadedFonts).toHaveLength(1);
    const [font] = article.preloadedFonts;
    expect(font!.path).toMatch(/noto_naskh_arabic_news.*\.woff2$/);
    expect(font!.bytes).toBeLessThanOrEqual(32 * KB);
  });
});

describe('hero images', () => {
  const imgTags = (html: string) => [...html.matchAll(/<img\b[^>]*>/g)].map((m) => m[0]);

  it('the article hero is responsive, eager and high priority, and preloaded', () => {
    const hero = imgTags(article.html).find((tag) => tag.includes('1001-spacex-ipo'))!;
    expect(hero).toMatch(/srcSet="[^"]*\/_next\/image\?url=[^"]* 640w/i);
    expect(hero).toMatch(/sizes="[^"]+"/);
    expect(hero).toMatch(/loading="eager"/);
    expect(hero).toMatch(/fetchPriority="high"/i);
    expect(hero).toMatch(/width="1600" height="900"/);
    expect(article.html).toMatch(/<link rel="preload" as="image"[^>]*imageSrcSet=/i);
  });

  it('images below the fold load lazily', () => {
    const others = imgTags(article.html).filter((tag) => !tag.includes('1001-spacex-ipo'));
    expect(others.length).toBeGreaterThan(0);
    for (const tag of others) expect(tag).toMatch(/loading="lazy"/);
  });

  it('the optimiser serves AVIF or WebP to browsers that accept them', async () => {
    const src = /srcSet="([^" ]+) /i.exec(imgTags(article.html)[0]!)![1]!.replace(/&amp;/g, '&');
    const avif = await get(src, { headers: { Accept: 'image/avif,image/webp,*/*' } });
    expect(avif.headers.get('content-type')).toBe('image/avif');
    const webp = await get(src, { headers: { Accept: 'image/webp,*/*' } });
    expect(webp.headers.get('content-type')).toBe('image/webp');
  });
});

describe('the first round trip', () => {
  /**
   * What a new TCP connection sends before it waits for the reader's first acknowledgement: ten
   * segments of 1,460 bytes (RFC 6928; Lighthouse's network model too). An answer one byte longer
   * reaches a reader on a slow network a whole round trip later (BENCHMARKS.md).
   */
  const FIRST_FLIGHT = 10 * 1460;

  /** One GET as the server writes it: the status line and headers, and the body. */
  function read(path: string, acceptEncoding: string): Promise<{ headerBytes: number; body: Buffer }> {
    return new Promise((resolve, reject) => {
      http
        .get(`${BASE_URL}${path}`, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            let headerBytes = `HTTP/1.1 ${res.statusCode} ${res.statusMessage}\r\n`.length + 2;
            for (let i = 0; i < res.rawHeaders.length; i += 2) headerBytes += Buffer.byteLength(`${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}\r\n`);
            resolve({ headerBytes, body: Buffer.concat(chunks) });
          });
        })
        .on('error', reject);
    });
  }

  it.each(['/news/1001', '/en/news/1010'])('%s fits, headers and all, as readers get it once its version has been read', async (path) => {
    // A version's first two readers get the quick Brotli, made while they wait (lib/server/encoding);
    // later ones the compact one, made meanwhile in the thread pool — read until it is served (each
    // answer compared with the compact bytes of the version it carries).
    let served = await read(path, 'br');
    let page = brotliDecompressSync(served.body);
    for (let tries = 0; served.body.length !== (await encodeCompact(page)).length && tries < 60; tries++) {
      await new Promise((r) => setTimeout(r, 50));
      served = await read(path, 'br');
      page = brotliDecompressSync(served.body);
    }
    expect(served.body.length).toBe((await encodeCompact(page)).length);
    const compact = served.headerBytes + served.body.length;
    const quick = served.headerBytes + encode(page, 'br').length;
    // The quick one fits only while the page's most-read list is short: printed, not held to the flight.
    console.log(`${path}: headers ${served.headerBytes} + compact Brotli ${served.body.length} = ${compact} of ${FIRST_FLIGHT} bytes (with the quick Brotli: ${quick})`);
    expect(compact).toBeLessThanOrEqual(FIRST_FLIGHT);
  });
});
