/** @jest-environment node */
import type { MetadataRoute } from 'next';
import { restoreContentDir, useContentDir } from '../lib/feeds/support';

const ORIGIN = 'https://www.alwafd.news';
type Sitemap = MetadataRoute.Sitemap;

async function loadSitemap(): Promise<Sitemap> {
  const { default: sitemap } = await import('@/app/sitemap');
  return sitemap();
}

const byUrl = (entries: Sitemap, url: string) => entries.find((e) => e.url === url);

beforeEach(() => {
  delete process.env.SITE_URL;
  delete process.env.VERCEL_PROJECT_PRODUCTION_URL;
});

describe('sitemap.xml (real content)', () => {
  it('lists both home pages and every section that has stories, with ar/en/x-default alternates', async () => {
    const entries = await loadSitemap();
    const sections = ['news', 'economy', 'technology', 'sports', 'opinion'];
    for (const path of ['/', '/en', '/en/section/technology', ...sections.map((s) => `/section/${s}`)]) {
      expect(byUrl(entries, `${ORIGIN}${path}`)).toBeDefined();
    }
    // The English edition has no economy story yet: an empty page is not offered to crawlers.
    expect(byUrl(entries, `${ORIGIN}/en/section/economy`)).toBeUndefined();
    expect(byUrl(entries, `${ORIGIN}/section/economy`)!.alternates!.languages).toEqual({
      ar: `${ORIGIN}/section/economy`,
      en: `${ORIGIN}/en/section/economy`,
      'x-default': `${ORIGIN}/section/economy`,
    });
    expect(byUrl(entries, `${ORIGIN}/`)!.alternates!.languages).toMatchObject({ en: `${ORIGIN}/en`, 'x-default': `${ORIGIN}/` });
  });

  it('lists the seed (1001) with its update time as lastmod', async () => {
    const seed = byUrl(await loadSitemap(), `${ORIGIN}/news/1001`)!;
    expect(seed.lastModified).toBe('2026-11-24T12:40:00+02:00');
    expect(seed.images).toEqual([`${ORIGIN}/images/articles/1001-spacex-ipo.webp`]);
  });

  // Needs content/articles/1010-*.md, the English translation of the seed.
  it('links the seed and its English translation (1010) both ways, x-default the Arabic', async () => {
    const entries = await loadSitemap();
    const languages = { ar: `${ORIGIN}/news/1001`, en: `${ORIGIN}/en/news/1010`, 'x-default': `${ORIGIN}/news/1001` };
    expect(byUrl(entries, `${ORIGIN}/news/1001`)!.alternates?.languages).toEqual(languages);
    expect(byUrl(entries, `${ORIGIN}/en/news/1010`)!.alternates?.languages).toEqual(languages);
  });

  it('lists every tag page per edition, percent-encoded, and only absolute URLs', async () => {
    const entries = await loadSitemap();
    expect(byUrl(entries, `${ORIGIN}/tag/SpaceX`)).toBeDefined();
    expect(byUrl(entries, `${ORIGIN}/tag/${encodeURIComponent('إيلون ماسك')}`)).toBeDefined();
    expect(entries.every((e) => e.url.startsWith(`${ORIGIN}/`) || e.url === ORIGIN)).toBe(true);
    expect(new Set(entries.map((e) => e.url)).size).toBe(entries.length);
  });
});

describe('sitemap.xml (fixture content)', () => {
  let dir: string | undefined;
  afterEach(() => restoreContentDir(dir));

  it('gives alternates only to translated articles, and each tag the newest update of its articles', async () => {
    dir = useContentDir({
      1: { section: 'economy', tags: ['طاقة'], publishedAt: '2026-11-20T09:00:00+02:00', updatedAt: '2026-11-21T09:00:00+02:00' },
      2: { locale: 'en', translationOf: 1, section: 'economy', tags: ['Energy'], publishedAt: '2026-11-20T10:00:00+02:00' },
      3: { section: 'sports', tags: ['طاقة', 'كرة'], publishedAt: '2026-11-22T09:00:00+02:00' },
    });
    const entries = await loadSitemap();
    const pair = { ar: `${ORIGIN}/news/1`, en: `${ORIGIN}/en/news/2`, 'x-default': `${ORIGIN}/news/1` };
    expect(byUrl(entries, `${ORIGIN}/news/1`)!.alternates?.languages).toEqual(pair);
    expect(byUrl(entries, `${ORIGIN}/en/news/2`)!.alternates?.languages).toEqual(pair);
    expect(byUrl(entries, `${ORIGIN}/news/3`)!.alternates).toBeUndefined();
    expect(byUrl(entries, `${ORIGIN}/tag/${encodeURIComponent('طاقة')}`)!.lastModified).toBe('2026-11-22T09:00:00+02:00');
    expect(byUrl(entries, `${ORIGIN}/en/tag/Energy`)!.lastModified).toBe('2026-11-20T10:00:00+02:00');
    expect(byUrl(entries, `${ORIGIN}/en/tag/${encodeURIComponent('طاقة')}`)).toBeUndefined();
    // Section and home lastmod: the newest update among what they list; an empty section is left out.
    expect(byUrl(entries, `${ORIGIN}/section/economy`)!.lastModified).toBe('2026-11-21T09:00:00+02:00');
    expect(byUrl(entries, `${ORIGIN}/section/opinion`)).toBeUndefined();
    expect(byUrl(entries, `${ORIGIN}/`)!.lastModified).toBe('2026-11-22T09:00:00+02:00');
    // 2 home pages, sections with stories (ar: economy, sports; en: economy), 3 articles, 3 tags.
    expect(entries).toHaveLength(2 + 3 + 3 + 3);
  });
});
