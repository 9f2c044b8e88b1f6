/**
 * Feeds and sitemaps as their consumers read them: a real RSS parser, and an XML parser plus the
 * sitemap protocols' required elements.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { MISSING_FILE_CACHE, NOT_FOUND_CACHE } from '@/lib/cache-control';
import { askedUnder } from './cache-policy';
import { SITE_URL, get } from './server';

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'xhtml:link', 'item', 'sitemap'].includes(name) });

async function document(path: string, type: RegExp) {
  const response = await get(path);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(type);
  const text = await response.text();
  expect(XMLValidator.validate(text)).toBe(true);
  return text;
}

describe('RSS', () => {
  it.each(['/rss.xml', '/section/technology/rss.xml', '/en/rss.xml'])('%s is a valid RSS 2.0 feed', async (path) => {
    const feed = await new Parser().parseString(await document(path, /application\/rss\+xml/));
    expect(feed.title).toBeTruthy();
    expect(feed.link).toMatch(new RegExp(`^${SITE_URL}`));
    expect(feed.items.length).toBeGreaterThan(0);
    for (const item of feed.items) {
      expect(item.title).toBeTruthy();
      expect(item.link).toMatch(new RegExp(`^${SITE_URL}(/en)?/news/\\d+$`));
      expect(item.guid).toBe(item.link);
      expect(Number.isNaN(Date.parse(item.pubDate!))).toBe(false);
      expect(item.categories?.length).toBeGreaterThan(0);
      expect(item.content ?? item.contentSnippet).toBeTruthy();
      // Stories other suites publish meanwhile may have no picture: only a picture makes an enclosure.
      if (!item.enclosure) continue;
      expect(item.enclosure).toMatchObject({ type: 'image/webp' });
      const image = await get(item.enclosure.url);
      expect(image.status).toBe(200);
      expect(Number(item.enclosure.length)).toBe((await image.arrayBuffer()).byteLength);
    }
    // Every sample story has its picture.
    expect(feed.items.filter((item) => item.enclosure).length).toBeGreaterThan(0);
  });

  it('lists the seed article in the Arabic feed', async () => {
    const feed = await new Parser().parseString(await document('/rss.xml', /rss/));
    expect(feed.items.map((i) => i.link)).toContain(`${SITE_URL}/news/1001`);
  });

  it('answers 404 for an unknown section feed', async () => {
    expect((await get('/section/weather/rss.xml')).status).toBe(404);
  });
});

describe('sitemaps', () => {
  it('sitemap.xml is an index of files that together list every article, section and tag with lastmod and hreflang alternates', async () => {
    const index = xml.parse(await document('/sitemap.xml', /xml/));
    expect(index.sitemapindex['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    const files: string[] = index.sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
    expect(files).toEqual([`${SITE_URL}/sitemaps/pages.xml`, `${SITE_URL}/sitemaps/articles-ar-1.xml`, `${SITE_URL}/sitemaps/articles-en-1.xml`]);
    const urls: Array<Record<string, unknown>> = [];
    for (const file of files) {
      const parsed = xml.parse(await document(file.slice(SITE_URL.length), /xml/));
      expect(parsed.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
      expect(parsed.urlset.url.length).toBeLessThanOrEqual(50_000);
      urls.push(...parsed.urlset.url);
    }
    for (const url of urls) {
      expect(String(url.loc)).toMatch(new RegExp(`^${SITE_URL}/`));
      // Every page is dated but the masthead's, whose first term was entered without a start date.
      if (!String(url.loc).endsWith('/masthead')) expect(Number.isNaN(Date.parse(String(url.lastmod)))).toBe(false);
    }
    expect(urls.filter((u) => String(u.loc).endsWith('/masthead')).map((u) => u.loc)).toEqual([`${SITE_URL}/masthead`, `${SITE_URL}/en/masthead`]);
    const seed = urls.find((u) => u.loc === `${SITE_URL}/news/1001`)!;
    const links = (seed['xhtml:link'] as Array<Record<string, string>>).map((l) => [l['@_hreflang'], l['@_href']]);
    expect(links).toEqual(
      expect.arrayContaining([
        ['ar', `${SITE_URL}/news/1001`],
        ['en', `${SITE_URL}/en/news/1010`],
        ['x-default', `${SITE_URL}/news/1001`],
      ]),
    );
    const locs = urls.map((u) => u.loc);
    expect(locs).toEqual(
      expect.arrayContaining([
        `${SITE_URL}/section/economy`,
        `${SITE_URL}/en/section/technology`,
        `${SITE_URL}/tag/SpaceX`,
        `${SITE_URL}/writer/salma-abdelhamid`,
        `${SITE_URL}/en/writer/salma-abdelhamid`,
      ]),
    );
    // Only pages that exist: an edition's section or writer without stories there is no page, and not listed.
    for (const loc of locs.filter((l) => /\/(section|writer)\//.test(String(l)))) expect((await get(String(loc))).status).toBe(200);
  });

  it('a file past the last, or a name it does not know, is a 404 a CDN keeps a minute, not a file’s fifteen', async () => {
    for (const path of ['/sitemaps/articles-ar-99.xml', '/sitemaps/articles-en-2.xml', '/sitemaps/articles.xml']) {
      const { answer, allowed } = await askedUnder(NOT_FOUND_CACHE, () => get(path));
      expect([path, answer.status]).toEqual([path, 404]);
      expect([MISSING_FILE_CACHE, ...allowed]).toContain(answer.headers.get('cache-control'));
    }
  });

  it('news-sitemap.xml follows the Google News format', async () => {
    const parsed = xml.parse(await document('/news-sitemap.xml', /xml/));
    expect(parsed.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    const urls: Array<Record<string, Record<string, unknown>>> = parsed.urlset.url ?? [];
    expect(urls.length).toBeLessThanOrEqual(1000);
    for (const url of urls) {
      const news = url['news:news']!;
      const publication = news['news:publication'] as Record<string, string>;
      expect(['الوفد', 'Al-Wafd']).toContain(publication['news:name']);
      expect(['ar', 'en']).toContain(publication['news:language']);
      expect(Number.isNaN(Date.parse(String(news['news:publication_date'])))).toBe(false);
      expect(news['news:title']).toBeTruthy();
    }
  });

  it('robots.txt names both sitemaps', async () => {
    const robots = await (await get('/robots.txt')).text();
    expect(robots).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
    expect(robots).toContain(`Sitemap: ${SITE_URL}/news-sitemap.xml`);
  });

  it('the manifest and icons are served in the paper’s colours', async () => {
    const manifest = await (await get('/manifest.webmanifest')).json();
    expect(manifest).toMatchObject({ lang: 'ar', dir: 'rtl', theme_color: '#b3121b' });
    // Each edition links its own: an English reader installs the English edition.
    for (const [page, href, lang] of [['/', '/manifest.webmanifest', 'ar'], ['/en', '/en/manifest.webmanifest', 'en'], ['/en/news/1010', '/en/manifest.webmanifest', 'en']] as const) {
      const html = await (await get(page)).text();
      expect(html.match(/<link rel="manifest" href="([^"]+)"/g)).toEqual([`<link rel="manifest" href="${href}"`]);
      expect((await (await get(href)).json()).lang).toBe(lang);
    }
    for (const icon of manifest.icons) expect((await get(icon.src)).status).toBe(200);
    expect((await get('/apple-icon.png')).status).toBe(200);
  });
});
