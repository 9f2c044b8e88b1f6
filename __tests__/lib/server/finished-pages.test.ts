/** @jest-environment node */
import { randomBytes } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { FinishedPages } from '@/lib/server/finished-pages';
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

  describe('a page read again gets a more compact Brotli', () => {
    // Text of a page's shape (Arabic words, repeated markup), where quality 10 beats quality 5.
    const words = ['الوفد', 'مراكز', 'البيانات', 'الاكتتاب', 'الفضاء', 'الذكاء', 'الاصطناعي', 'القاهرة', 'SpaceX', '2026'];
    const text = Array.from({ length: 6000 }, (_, i) => words[(i * 7 + (i >> 3)) % words.length]).join(' ');
    const body = page('a()', `<div class="article-body">${text}</div>`);

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
      const pages = new FinishedPages(1024 * 1024, policyFor);
      const once = pages.finish(body);
      const first = pages.encoded(once, body, 'br');
      await pages.tightened();
      expect(pages.encoded(once, body, 'br')).toBe(first);
      const notKept = pages.finish(page('b()', text), false);
      const bytes = pages.encoded(notKept, body, 'br');
      expect(notKept.encoded.br).toBeUndefined();
      expect(pages.encoded(notKept, body, 'br')).not.toBe(bytes);
    });
  });
});
