/**
 * What a CDN in front of the production server is told to keep, and for how long: pages for five
 * minutes with stale-while-revalidate (ISR), hashed assets and social cards forever, feeds and
 * sitemaps like pages, article images for a month, and 404s briefly or not at all.
 * (Paginated listings need more articles than the sample has: see publishing.test.ts.)
 */
import { MEDIA_FILE_CACHE, METADATA_FILE_CACHE, MISSING_FILE_CACHE, NOT_FOUND_CACHE, PUBLIC_FILE_CACHE } from '@/lib/cache-control';
import { askedUnder, secondsToCairoMidnight } from './cache-policy';
import { raw } from './raw-http';

interface Directives {
  [name: string]: string | true;
}

function directives(header: string | string[] | undefined): Directives {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return Object.fromEntries(
    value
      .split(',')
      .map((d) => d.trim().toLowerCase())
      .filter(Boolean)
      .map((d) => {
        const [name, arg] = d.split('=');
        return [name!, arg ?? true];
      }),
  );
}

async function cacheControl(path: string): Promise<{ status: number; cc: Directives; raw: string }> {
  const response = await raw({ path });
  const header = response.headers['cache-control'];
  return { status: response.status, cc: directives(header), raw: String(header ?? '') };
}

/**
 * A page last rendered more than five minutes ago goes out stale once while Next renders it again,
 * with s-maxage=0 and no stale-while-revalidate so that no CDN keeps it (README, "Security"); the
 * fresh copy follows within moments. Which of the suite's reads meets such a copy depends on how
 * long the run has taken, so a stale copy is checked for what it must say, and the page read again.
 */
async function freshCacheControl(path: string): Promise<{ status: number; cc: Directives; raw: string }> {
  for (let attempt = 1; ; attempt++) {
    const answer = await cacheControl(path);
    if (answer.cc['s-maxage'] !== '0' || attempt === 40) return answer;
    expect(answer.cc['stale-while-revalidate']).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * ISR: the CDN may keep it five minutes and serve it stale while it fetches the next version — less
 * in the last five minutes of a Cairo day, when the date line's change ends every copy at midnight.
 */
function expectIsr(cc: Directives) {
  const toMidnight = secondsToCairoMidnight();
  if (toMidnight > 310) expect(cc['s-maxage']).toBe('300');
  else expect(Number(cc['s-maxage'])).toBeLessThanOrEqual(Math.ceil(toMidnight) + 1);
  expect(Number(cc['stale-while-revalidate'])).toBeGreaterThan(0);
  expect(cc.private).toBeUndefined();
  expect(cc['no-store']).toBeUndefined();
}

describe('pages: s-maxage and stale-while-revalidate', () => {
  it.each([
    ['the front page', '/'],
    ['the English front page', '/en'],
    ['an article', '/news/1001'],
    ['an English article', '/en/news/1010'],
    ['a section', '/section/economy'],
    ['an English section', '/en/section/technology'],
    ['a tag page, rendered on demand', `/tag/${encodeURIComponent('SpaceX')}`],
    ['an Arabic tag page, rendered on demand', `/tag/${encodeURIComponent('الذكاء الاصطناعي')}`],
  ])('%s', async (_name, path) => {
    // Twice: the first request of an on-demand page renders it, the second is served from cache.
    for (let i = 0; i < 2; i++) {
      const { status, cc } = await freshCacheControl(path);
      expect(status).toBe(200);
      expectIsr(cc);
    }
  });
});

describe('files', () => {
  it('hashed assets are immutable for a year', async () => {
    const html = (await raw({ path: '/news/1001' })).body;
    // An attribute may list several files ("a.css b.css").
    const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].flatMap((m) => m[1]!.split(/\s+/));
    expect(assets.length).toBeGreaterThan(2);
    for (const path of assets.slice(0, 6)) {
      const { status, raw: header } = await cacheControl(path);
      expect(status).toBe(200);
      expect(header).toBe('public, max-age=31536000, immutable');
    }
  });

  it('social cards are immutable in browsers (their URL changes when the article does), and a CDN asks again within a day (a story may be taken down)', async () => {
    const html = (await raw({ path: '/news/1001' })).body;
    const card = new URL(/<meta property="og:image" content="([^"]+)"/.exec(html)![1]!).pathname;
    const { status, cc } = await cacheControl(card);
    expect(status).toBe(200);
    expect(cc.immutable).toBe(true);
    expect(Number(cc['max-age'])).toBeGreaterThanOrEqual(31536000);
    expect(Number(cc['s-maxage'])).toBeLessThanOrEqual(86400);
  });

  it.each(['/rss.xml', '/en/rss.xml', '/section/economy/rss.xml', '/news-sitemap.xml'])('the feed %s is cached like a page', async (path) => {
    const { status, cc } = await cacheControl(path);
    expect(status).toBe(200);
    expectIsr(cc);
  });

  it.each(['/sitemap.xml', '/sitemaps/pages.xml', '/sitemaps/articles-ar-1.xml', '/robots.txt', '/manifest.webmanifest', '/en/manifest.webmanifest'])('the metadata file %s is kept by the CDN for five minutes', async (path) => {
    const { answer, allowed } = await askedUnder(METADATA_FILE_CACHE, () => cacheControl(path));
    expect(answer.status).toBe(200);
    expect(allowed).toContain(answer.raw);
  });

  it('article images are kept for a month', async () => {
    const { status, raw: header } = await cacheControl('/images/articles/1001-spacex-ipo.webp');
    expect(status).toBe(200);
    expect(header).toBe(PUBLIC_FILE_CACHE);
  });

  it('optimized images are kept for a year', async () => {
    const { status, cc } = await cacheControl('/_next/image?url=%2Fimages%2Farticles%2F1001-spacex-ipo.webp&w=640&q=75');
    expect(status).toBe(200);
    expect(Number(cc['max-age'])).toBe(31536000);
  });
});

describe('revalidation with ETags', () => {
  it('a page answers 304 to the ETag it was served with, keeping its policy', async () => {
    const first = await raw({ path: '/news/1001' });
    expect(first.headers.etag).toMatch(/^W\/"/);
    const again = await raw({ path: '/news/1001', headers: { 'If-None-Match': String(first.headers.etag) } });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers['content-security-policy']).toBe(first.headers['content-security-policy']);
  });

  it('"*" is a 304 for a page that exists and the 404 for one that does not', async () => {
    expect((await raw({ path: '/news/1001', headers: { 'If-None-Match': '*' } })).status).toBe(304);
    for (const path of ['/news/99999999', '/en/no-such-page', '/tag/zzz']) {
      const missing = await raw({ path, headers: { 'If-None-Match': '*' } });
      expect(missing.status).toBe(404);
      expect(missing.body).toContain('<html lang=');
    }
  });

  it('a file answers 304 to its own ETag', async () => {
    const path = '/images/articles/1001-spacex-ipo.webp';
    const first = await raw({ path });
    expect(first.headers.etag).toBeTruthy();
    expect((await raw({ path, headers: { 'If-None-Match': String(first.headers.etag) } })).status).toBe(304);
  });
});

describe('404s: a minute at most, never served stale', () => {
  it.each([
    ['an unknown article', '/news/99999999'],
    ['an id that is not one', '/news/abc'],
    ['an unknown path', '/no/such/page'],
    ['an unknown locale', '/fr/news/1001'],
    ['an unknown tag', `/tag/${encodeURIComponent('لا يوجد')}`],
    ['a dotted junk path', '/tag/junk.x'],
    ['a page past the end', '/section/economy/page/9'],
    ['an unknown file', '/no-such-file.txt'],
  ])('%s: the whole header is "%s"', async (_name, path) => {
    // Twice: the second answer comes from whatever the server cached after the first.
    for (let i = 0; i < 2; i++) {
      const { answer, allowed } = await askedUnder(NOT_FOUND_CACHE, () => cacheControl(path));
      expect(answer.status).toBe(404);
      expect(allowed).toContain(answer.raw);
    }
  });

  it('an unknown card: a minute, as a file not there yet', async () => {
    const { status, raw: header } = await cacheControl('/cards/nothing.jpg');
    expect(status).toBe(404);
    expect(header).toBe(MISSING_FILE_CACHE);
  });

  it('an uploaded picture, as the feed links it: an hour in browsers, a day at most at a CDN, and HEAD answers as GET does', async () => {
    const feed = (await raw({ path: '/rss.xml' })).body;
    const enclosure = /<enclosure url="([^"]+)" length="(\d+)" type="([^"]+)"/.exec(feed);
    expect(enclosure).not.toBeNull();
    const path = new URL(enclosure![1]!).pathname;
    expect(path).toMatch(/^\/api\/media\/file\//);
    const expected = directives(MEDIA_FILE_CACHE);
    for (const method of ['GET', 'HEAD']) {
      const response = await raw({ path, method });
      const cc = directives(response.headers['cache-control']);
      expect([method, response.status, response.headers['content-type'], cc['max-age']]).toEqual([method, 200, enclosure![3], expected['max-age']]);
      // The server layer may bring s-maxage forward to Cairo's midnight (lib/server), never beyond a day.
      expect(Number(cc['s-maxage'])).toBeGreaterThan(0);
      expect(Number(cc['s-maxage'])).toBeLessThanOrEqual(Number(expected['s-maxage']));
      if (method === 'HEAD') expect(response.body).toBe('');
    }
    // A range past its end cannot be served (416), and that answer is kept by no one.
    const unservable = await raw({ path, headers: { Range: 'bytes=999999999-' } });
    expect([unservable.status, unservable.headers['cache-control']]).toEqual([416, 'no-store']);
    // A file not there is a 404 to HEAD as to GET.
    expect((await raw({ path: '/api/media/file/no-such-picture.webp', method: 'HEAD' })).status).toBe(404);
  });

  it('a missing image is not cached for the month a real one would be', async () => {
    const { status, raw: header } = await cacheControl('/images/articles/not-uploaded-yet.webp');
    expect(status).toBe(404);
    expect(header).toBe(MISSING_FILE_CACHE);
  });
});
