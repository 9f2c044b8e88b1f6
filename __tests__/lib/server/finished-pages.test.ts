/** @jest-environment node */
import { randomBytes } from 'node:crypto';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { FinishedPages, TIGHTEN_QUEUE } from '@/lib/server/finished-pages';
import { scriptHash } from '@/lib/server/inline-scripts';

const policyFor = (hashes: readonly string[]) => `script-src 'self' ${hashes.join(' ')}`;
const page = (script: string, filler = '') => Buffer.from(`<html><script>${script}</script><p>${filler}</p></html>`);

describe('FinishedPages', () => {
  it('gives a page the policy of its own inline scripts and a weak ETag of its bytes', () => {
    const pages = new FinishedPages(1024 * 1024, policyFor);
    const a = pages.finish(page('a()'));
    expect(a.policy).toBe(`script-src 'self' ${scriptHash('a()')}`);
    expect(a.etag).toMatch(/^W\/"[A-Za-z0-9_-]{20,}"$/);
    expect(pages.finish(page('b()')).etag).not.toBe(a.etag);
  });

  it('finishes and compresses a body once, then serves the same bytes', () => {
    const pages = new FinishedPages(1024 * 1024, policyFor);
    const body = page('a()', 'x'.repeat(5000));
    const first = pages.finish(body);
    const gzip = pages.encoded(first, body, 'gzip');
    expect(gunzipSync(gzip).equals(body)).toBe(true);
    const again = pages.finish(Buffer.from(body));
    expect(again).toBe(first);
    expect(pages.encoded(again, body, 'gzip')).toBe(gzip);
    expect(pages.encoded(again, body, 'identity')).toBe(body);
  });

  it('keeps at most its byte budget, forgetting the least recently used page first', () => {
    // Incompressible bodies: each compressed copy is about 20 KB.
    const bodies = [0, 1, 2, 3].map((i) => page(`s${i}()`, randomBytes(20_000).toString('base64')));
    const pages = new FinishedPages(70_000, policyFor);
    const finished = bodies.map((body) => {
      const p = pages.finish(body);
      pages.encoded(p, body, 'gzip');
      return p;
    });
    expect(pages.bytes).toBeLessThanOrEqual(70_000);
    // Page 0 was used least recently: it is made again; page 3 is still kept.
    expect(pages.finish(bodies[3]!)).toBe(finished[3]);
    expect(pages.finish(bodies[0]!)).not.toBe(finished[0]);
  });

  it('does not keep a body larger than the whole budget', () => {
    const pages = new FinishedPages(1000, policyFor);
    const body = page('a()', randomBytes(5000).toString('base64'));
    const p = pages.finish(body);
    expect(gunzipSync(pages.encoded(p, body, 'gzip')).equals(body)).toBe(true);
    expect(pages.bytes).toBeLessThanOrEqual(1000);
  });

  it('keeps nothing of a page not worth keeping (a 404 whose body names its junk URL)', () => {
    const pages = new FinishedPages(1024 * 1024, policyFor);
    const body = page('a()', 'x'.repeat(5000));
    const once = pages.finish(body, false);
    expect(once.policy).toBe(`script-src 'self' ${scriptHash('a()')}`);
    expect(gunzipSync(pages.encoded(once, body, 'gzip')).equals(body)).toBe(true);
    expect(pages.bytes).toBe(0);
    expect(pages.finish(body, false)).not.toBe(once);
  });

  it('sends and hashes the page as prepared, preparing each version once however often it is read', () => {
    const prepare = jest.fn((html: string) => html.replace('</html>', '<script>later()</script></html>'));
    const pages = new FinishedPages(1024 * 1024, policyFor, undefined, prepare);
    const body = page('a()', 'x'.repeat(5000));
    const sent = Buffer.from(prepare(body.toString()));
    prepare.mockClear();
    const p = pages.finish(body);
    expect(p.policy).toBe(`script-src 'self' ${scriptHash('a()')} ${scriptHash('later()')}`);
    expect(gunzipSync(pages.encoded(p, body, 'gzip')).equals(sent)).toBe(true);
    for (let i = 0; i < 3; i++) pages.encoded(pages.finish(Buffer.from(body)), body, 'gzip');
    expect(prepare).toHaveBeenCalledTimes(1);
    expect(pages.encoded(p, body, 'identity').equals(sent)).toBe(true);
  });

  describe('a page read again gets a more compact Brotli', () => {
    // Text of a page's shape (Arabic words, repeated markup), where the compact Brotli beats the first answer's quick one.
    const words = ['الوفد', 'مراكز', 'البيانات', 'الاكتتاب', 'الفضاء', 'الذكاء', 'الاصطناعي', 'القاهرة', 'SpaceX', '2026'];
    const text = Array.from({ length: 6000 }, (_, i) => words[(i * 7 + (i >> 3)) % words.length]).join(' ');
    const body = page('a()', `<div class="article-body">${text}</div>`);

    /** A compact encoder the test releases by hand, to see the queue between request and result. */
    function heldEncoder(result: (body: Buffer) => Buffer = (b) => brotliCompressSync(b)) {
      const waiting: Array<() => void> = [];
      const encode = jest.fn((b: Buffer) => new Promise<Buffer>((resolve, reject) => waiting.push(() => {
        try {
          resolve(result(b));
        } catch (error) {
          reject(error);
        }
      })));
      // Lets the queue reach the encoder, releases what waits, until nothing comes back.
      const releaseAll = async () => {
        for (;;) {
          await new Promise((r) => setImmediate(r));
          if (!waiting.length) return;
          while (waiting.length) waiting.shift()!();
        }
      };
      return { encode, releaseAll };
    }

    it('sends the first reader the quick bytes, and later readers smaller ones with the same content', async () => {
      const pages = new FinishedPages(1024 * 1024, policyFor);
      const p = pages.finish(body);
      const first = pages.encoded(p, body, 'br');
      expect(pages.encoded(pages.finish(body), body, 'br')).toBe(first);
      await pages.tightened();
      const later = pages.encoded(pages.finish(body), body, 'br');
      expect(later.length).toBeLessThan(first.length);
      expect(brotliDecompressSync(later).equals(body)).toBe(true);
      // The budget counts what is held now.
      expect(pages.bytes).toBe(256 + p.policy.length + later.length);
    });

    it('is not made for a page read once, nor for one that was not kept', async () => {
      const { encode, releaseAll } = heldEncoder();
      const pages = new FinishedPages(1024 * 1024, policyFor, encode);
      const once = pages.finish(body);
      const first = pages.encoded(once, body, 'br');
      await releaseAll();
      expect(encode).not.toHaveBeenCalled();
      const other = page('b()', text);
      const notKept = pages.finish(other, false);
      pages.encoded(notKept, other, 'br');
      pages.encoded(notKept, other, 'br');
      await releaseAll();
      await pages.tightened();
      expect(encode).not.toHaveBeenCalled();
      expect(notKept.encoded.br).toBeUndefined();
      expect(pages.encoded(once, body, 'br')).toBe(first);
    });

    it('drops the result of a page forgotten while it waited, and keeps the budget right', async () => {
      const { encode, releaseAll } = heldEncoder();
      // Room for one page: finishing a second (incompressible, larger) forgets the first while its
      // compact bytes are made.
      const sizing = new FinishedPages(1024 * 1024, policyFor);
      sizing.encoded(sizing.finish(body), body, 'br');
      const pages = new FinishedPages(sizing.bytes + 1000, policyFor, encode);
      const p = pages.finish(body);
      pages.encoded(p, body, 'br');
      pages.encoded(p, body, 'br');
      await new Promise((r) => setImmediate(r));
      expect(encode).toHaveBeenCalledTimes(1);
      const other = page('b()', randomBytes(3000).toString('base64'));
      const q = pages.finish(other);
      pages.encoded(q, other, 'br');
      expect(pages.finish(body)).not.toBe(p);
      const before = pages.bytes;
      await releaseAll();
      await pages.tightened();
      expect(pages.bytes).toBe(before);
      expect(brotliDecompressSync(p.encoded.br!).equals(body)).toBe(true);
    });

    it('keeps the first bytes when the compact ones cannot be made', async () => {
      const { encode, releaseAll } = heldEncoder(() => {
        throw new Error('out of memory');
      });
      const error = jest.spyOn(console, 'error').mockImplementation(() => {});
      try {
        const pages = new FinishedPages(1024 * 1024, policyFor, encode);
        const p = pages.finish(body);
        const first = pages.encoded(p, body, 'br');
        pages.encoded(p, body, 'br');
        await releaseAll();
        await pages.tightened();
        expect(pages.encoded(p, body, 'br')).toBe(first);
        expect(error).toHaveBeenCalledWith(expect.stringContaining('compact Brotli'), expect.any(Error));
      } finally {
        error.mockRestore();
      }
    });

    it(`queues at most ${TIGHTEN_QUEUE} pages; the others are asked again on their next read`, async () => {
      const { encode, releaseAll } = heldEncoder();
      const pages = new FinishedPages(64 * 1024 * 1024, policyFor, encode);
      const bodies = Array.from({ length: TIGHTEN_QUEUE + 4 }, (_, i) => page(`s${i}()`, text));
      const read = (b: Buffer) => pages.encoded(pages.finish(b), b, 'br');
      for (const b of bodies) read(b);
      for (const b of bodies) read(b);
      await releaseAll();
      await pages.tightened();
      expect(encode).toHaveBeenCalledTimes(TIGHTEN_QUEUE);
      // The four turned away are queued when read again.
      for (const b of bodies) read(b);
      await releaseAll();
      await pages.tightened();
      expect(encode).toHaveBeenCalledTimes(TIGHTEN_QUEUE + 4);
    });
  });
});
