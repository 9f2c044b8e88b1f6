/** @jest-environment node */
import type { MetadataRoute } from 'next';
import { articleEntries, pageEntries, renderIndex, renderUrlset, sitemapFileOf, sitemapFiles } from '@/lib/feeds/sitemap';
import { INDEX_BLOCK_IDS } from '@/lib/content/source';
import { GET as fileRoute } from '@/app/sitemaps/[file]/route';
import { GET as indexRoute } from '@/app/sitemap.xml/route';
import { isFilePath, parseSitemapFile, sitemapFilePath } from '@/lib/routes';
import { setContentSource } from '@/lib/content';
import { FIXTURE_IMAGE, makeArticle, memorySource, translationPair, serveContent, WRITER } from '../support/content';

const ORIGIN = 'https://www.alwafd.news';
type Sitemap = MetadataRoute.Sitemap;

const byUrl = (entries: Sitemap, url: string) => entries.find((e) => e.url === url);

beforeEach(() => {
  delete process.env.SITE_URL;
  delete process.env.VERCEL_PROJECT_PRODUCTION_URL;
});

const [original, translation] = translationPair(
  makeArticle(1, { section: 'economy', tags: ['طاقة'], publishedAt: '2026-11-20T09:00:00+02:00', updatedAt: '2026-11-21T09:00:00+02:00' }),
  makeArticle(2, { locale: 'en', section: 'economy', tags: ['Energy'], publishedAt: '2026-11-20T10:00:00+02:00' }),
);
serveContent({
  articles: [
    original,
    translation,
    makeArticle(3, { section: 'sports', tags: ['طاقة', 'كرة'], publishedAt: '2026-11-22T09:00:00+02:00', image: null }),
    makeArticle(4, { section: 'sports', tags: ['إيلون ماسك'], publishedAt: '2026-11-19T09:00:00+02:00' }),
    makeArticle(5, { writer: WRITER, publishedAt: '2026-11-18T09:00:00+02:00' }),
  ],
  writers: [WRITER],
});

/** Every file's entries together: what the old single sitemap listed. */
async function sitemap(): Promise<Sitemap> {
  return [...(await pageEntries()), ...((await articleEntries('ar', 1)) ?? []), ...((await articleEntries('en', 1)) ?? [])];
}

describe('sitemap.xml', () => {
  it('lists both front pages and each section with stories in that edition, with ar/en/x-default alternates', async () => {
    const entries = await sitemap();
    for (const path of ['/', '/en', '/section/economy', '/section/sports', '/en/section/economy']) expect(byUrl(entries, `${ORIGIN}${path}`)).toBeDefined();
    // An edition's section with nothing in it is an empty page: not offered to crawlers.
    expect(byUrl(entries, `${ORIGIN}/en/section/sports`)).toBeUndefined();
    expect(byUrl(entries, `${ORIGIN}/section/news`)).toBeUndefined();
    expect(byUrl(entries, `${ORIGIN}/section/economy`)!.alternates!.languages).toEqual({
      ar: `${ORIGIN}/section/economy`,
      en: `${ORIGIN}/en/section/economy`,
      'x-default': `${ORIGIN}/section/economy`,
    });
    expect(byUrl(entries, `${ORIGIN}/`)!.alternates!.languages).toMatchObject({ en: `${ORIGIN}/en`, 'x-default': `${ORIGIN}/` });
    // The masthead's page (indexed, with its canonical and hreflang) in both editions.
    expect(byUrl(entries, `${ORIGIN}/en/masthead`)!.alternates!.languages).toEqual({ ar: `${ORIGIN}/masthead`, en: `${ORIGIN}/en/masthead`, 'x-default': `${ORIGIN}/masthead` });
  });

  it('points a section’s alternates only at the editions that have it', async () => {
    const entries = await sitemap();
    expect(byUrl(entries, `${ORIGIN}/section/sports`)!.alternates!.languages).toEqual({
      ar: `${ORIGIN}/section/sports`,
      'x-default': `${ORIGIN}/section/sports`,
    });
  });

  it('lists a writer’s page in each edition they have pieces in, dated by the newest', async () => {
    const entries = await sitemap();
    expect(byUrl(entries, `${ORIGIN}/writer/fixture-writer`)).toMatchObject({
      lastModified: '2026-11-18T09:00:00+02:00',
      alternates: { languages: { ar: `${ORIGIN}/writer/fixture-writer`, 'x-default': `${ORIGIN}/writer/fixture-writer` } },
    });
    expect(byUrl(entries, `${ORIGIN}/en/writer/fixture-writer`)).toBeUndefined();
  });

  it('gives each article its update time and hero, and alternates only to translated ones', async () => {
    const entries = await sitemap();
    const pair = { ar: `${ORIGIN}/news/1`, en: `${ORIGIN}/en/news/2`, 'x-default': `${ORIGIN}/news/1` };
    expect(byUrl(entries, `${ORIGIN}/news/1`)).toMatchObject({
      lastModified: '2026-11-21T09:00:00+02:00',
      images: [`${ORIGIN}/images/articles/fixture.webp`],
      alternates: { languages: pair },
    });
    expect(byUrl(entries, `${ORIGIN}/en/news/2`)!.alternates?.languages).toEqual(pair);
    expect(byUrl(entries, `${ORIGIN}/news/3`)!.alternates).toBeUndefined();
    expect(byUrl(entries, `${ORIGIN}/news/3`)!.images).toBeUndefined();
  });

  it('dates a corrected story by its correction (its page changed), its section by revisions alone (the list prints no correction)', async () => {
    const corrected = makeArticle(7, {
      section: 'economy',
      publishedAt: '2026-11-20T09:00:00+02:00',
      updatedAt: '2026-11-21T09:00:00+02:00',
      correction: { text: 'صُحح الرقم.', at: '2026-12-01T10:00:00+02:00' },
    });
    setContentSource(memorySource({ articles: [corrected] }));
    const entries = await sitemap();
    expect(byUrl(entries, `${ORIGIN}/news/7`)!.lastModified).toBe('2026-12-01T10:00:00+02:00');
    expect(byUrl(entries, `${ORIGIN}/section/economy`)!.lastModified).toBe('2026-11-21T09:00:00+02:00');
  });

  it('lists every tag page per edition, percent-encoded, with the newest update of its articles', async () => {
    const entries = await sitemap();
    expect(byUrl(entries, `${ORIGIN}/tag/${encodeURIComponent('طاقة')}`)!.lastModified).toBe('2026-11-22T09:00:00+02:00');
    expect(byUrl(entries, `${ORIGIN}/tag/${encodeURIComponent('إيلون ماسك')}`)).toBeDefined();
    expect(byUrl(entries, `${ORIGIN}/en/tag/Energy`)!.lastModified).toBe('2026-11-20T10:00:00+02:00');
    expect(byUrl(entries, `${ORIGIN}/en/tag/${encodeURIComponent('طاقة')}`)).toBeUndefined();
  });

  it('dates sections and front pages by the newest update among what they list; only absolute, unique URLs', async () => {
    const entries = await sitemap();
    expect(byUrl(entries, `${ORIGIN}/section/economy`)!.lastModified).toBe('2026-11-21T09:00:00+02:00');
    expect(byUrl(entries, `${ORIGIN}/`)!.lastModified).toBe('2026-11-22T09:00:00+02:00');
    expect(entries.every((e) => e.url.startsWith(`${ORIGIN}/`) || e.url === ORIGIN)).toBe(true);
    expect(new Set(entries.map((e) => e.url)).size).toBe(entries.length);
    // 2 front pages, 2 masthead pages, 4 section pages, 1 writer page, 5 articles, 5 tag pages.
    expect(entries).toHaveLength(2 + 2 + 4 + 1 + 5 + 5);
  });

  it('is an index of files: the pages, then the articles of each edition from the oldest', async () => {
    expect(await sitemapFiles()).toEqual(['/sitemaps/pages.xml', '/sitemaps/articles-ar-1.xml', '/sitemaps/articles-en-1.xml']);
    const index = await (await indexRoute()).text();
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(index).toContain(`<sitemap><loc>${ORIGIN}/sitemaps/articles-ar-1.xml</loc></sitemap>`);
    expect(renderIndex([])).toContain('</sitemapindex>');
  });

  it('answers each file as a urlset, and 404 past the last file or for a name it does not know', async () => {
    const answer = (file: string) => fileRoute(new Request(`${ORIGIN}/sitemaps/${file}`), { params: Promise.resolve({ file }) });
    const articles = await answer('articles-ar-1.xml');
    expect(articles.status).toBe(200);
    const body = await articles.text();
    expect(body).toContain(`<loc>${ORIGIN}/news/1</loc>`);
    expect(body).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${ORIGIN}/en/news/2"/>`);
    expect(body).toContain(`<image:image><image:loc>${ORIGIN}/images/articles/fixture.webp</image:loc></image:image>`);
    // By id, whatever the dates: story 1 (20 November) before story 4 (19 November).
    expect(body.indexOf('/news/1<')).toBeLessThan(body.indexOf('/news/4<'));
    expect(await (await answer('pages.xml')).text()).toContain(`<loc>${ORIGIN}/section/economy</loc>`);
    for (const file of ['articles-ar-2.xml', 'articles-fr-1.xml', 'articles-ar-0.xml', 'x.xml']) expect((await answer(file)).status).toBe(404);
  });

  it('escapes what it prints', () => {
    expect(renderUrlset([{ url: `${ORIGIN}/tag/a&b`, lastModified: '2026-11-20T09:00:00+02:00' }])).toContain(`<loc>${ORIGIN}/tag/a&amp;b</loc><lastmod>2026-11-20T09:00:00+02:00</lastmod>`);
  });
});

describe('sitemap files in the route table', () => {
  it('names and parses them; only those names are files (junk under /sitemaps/ is a page URL that names nothing)', () => {
    expect(sitemapFilePath('pages')).toBe('/sitemaps/pages.xml');
    expect(sitemapFilePath('articles', 'en', 12)).toBe('/sitemaps/articles-en-12.xml');
    expect(parseSitemapFile('articles-en-12.xml')).toEqual({ kind: 'articles', locale: 'en', n: 12 });
    expect(parseSitemapFile('pages.xml')).toEqual({ kind: 'pages' });
    for (const bad of ['articles-en-0.xml', 'articles-de-1.xml', 'articles-ar-1.xml.bak', 'pages.html', 'articles-ar-1234567.xml']) expect(parseSitemapFile(bad)).toBeUndefined();
    for (const path of ['/sitemap.xml', '/sitemaps/pages.xml', '/sitemaps/articles-ar-3.xml']) expect(isFilePath(path)).toBe(true);
    for (const path of ['/sitemaps/x.xml', '/sitemaps/articles-ar-3.xml/more', '/sitemaps/pages.xml.html', '/en/sitemaps/pages.xml']) expect(isFilePath(path)).toBe(false);
  });
});

describe('article files at archive scale', () => {
  it('holds a block of INDEX_BLOCK_IDS ids, and a full block’s stories fit one 2 MB item of Next’s data cache', async () => {
    // Ids past a billion and picture addresses as long as the media store's, each story translated:
    // the largest a file's entries get. A file too large to cache was read again on every request.
    const image = { ...FIXTURE_IMAGE, src: `https://a1b2c3d4e5f6g7h8.public.blob.vercel-storage.com/${'صورة-'.repeat(8)}${'x'.repeat(40)}.webp` };
    const start = 200_000 * INDEX_BLOCK_IDS;
    const ar = Array.from({ length: INDEX_BLOCK_IDS + 1 }, (_, i) => makeArticle(start + i, { image, translationId: 2 * start + i }));
    const en = ar.map((a) => makeArticle(a.translationId!, { locale: 'en', image, translationId: a.id }));
    const source = memorySource({ articles: [...ar, ...en] });
    expect(await source.articleIndexBlocks('ar')).toEqual([200_000, 200_001]);
    const file = await source.articleIndex('ar', 200_000);
    expect(file).toHaveLength(INDEX_BLOCK_IDS);
    expect(file[0]).toMatchObject({ translation: { locale: 'en' }, image: image.src });
    // What lib/content hands unstable_cache: the answer boxed, as JSON.
    expect(Buffer.byteLength(JSON.stringify({ value: file }))).toBeLessThan(2 * 1024 * 1024);
  });

  it('lists a file per block of ids with stories, whatever their dates; a file with none is no file', async () => {
    const story = (id: number, publishedAt = '2026-11-10T09:00:00+02:00') => makeArticle(id, { publishedAt });
    // Two stories in the first block (one back-dated), one in the third, none in the second.
    setContentSource(memorySource({ articles: [story(20), story(22, '2020-01-01T09:00:00+02:00'), story(2 * INDEX_BLOCK_IDS + 7)] }));
    expect(await sitemapFiles()).toEqual(['/sitemaps/pages.xml', '/sitemaps/articles-ar-1.xml', '/sitemaps/articles-ar-3.xml']);
    expect(((await articleEntries('ar', 1)) ?? []).map((entry) => entry.url)).toEqual([20, 22].map((id) => `${ORIGIN}/news/${id}`));
    expect(((await articleEntries('ar', 3)) ?? []).map((entry) => entry.url)).toEqual([`${ORIGIN}/news/${2 * INDEX_BLOCK_IDS + 7}`]);
    expect(sitemapFileOf({ id: 2 * INDEX_BLOCK_IDS + 7, locale: 'ar' })).toBe('/sitemaps/articles-ar-3.xml');
    for (const none of [2, 4, 999_999]) expect(await articleEntries('ar', none)).toBeUndefined();
    expect(await articleEntries('en', 1)).toBeUndefined();
  });
});
