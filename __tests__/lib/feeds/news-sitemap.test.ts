import { buildNewsSitemap, NEWS_LIMIT } from '@/lib/feeds/news-sitemap';
import type { Article } from '@/lib/content/types';
import { setContentSource } from '@/lib/content';
import { makeArticle, memorySource, type ArticleOptions } from '../../support/content';
import { isoAt, parseXml } from './support';

const NEWS = 'http://www.google.com/schemas/sitemap-news/0.9';
const SITEMAP = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NOW = new Date('2026-11-25T12:00:00+02:00');
const HOUR = 3600_000;
const hoursAgo = (h: number) => isoAt(NOW.getTime() - h * HOUR);
const article = (id: number, options: ArticleOptions) => makeArticle(id, options);

const locs = (doc: Document) => [...doc.getElementsByTagNameNS(SITEMAP, 'loc')].map((e) => e.textContent);
const news = (doc: Document, name: string) => [...doc.getElementsByTagNameNS(NEWS, name)].map((e) => e.textContent);

/** The sitemap as it would be built at `now` (the window is measured on the clock). */
async function sitemapOf(articles: Article[], now = NOW): Promise<Document> {
  setContentSource(memorySource({ articles }));
  jest.useFakeTimers({ now, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
  try {
    return parseXml(await buildNewsSitemap());
  } finally {
    jest.useRealTimers();
  }
}

beforeEach(() => {
  delete process.env.SITE_URL;
  delete process.env.VERCEL_PROJECT_PRODUCTION_URL;
});
afterEach(() => setContentSource(undefined));

describe('Google News sitemap', () => {
  it('keeps only what was published in the 48 hours before now, in both editions', async () => {
    const articles = [
      article(1, { publishedAt: hoursAgo(1) }),
      article(2, { publishedAt: hoursAgo(47.99), locale: 'en' }),
      article(3, { publishedAt: hoursAgo(48) }), // exactly 48 h: outside
      article(4, { publishedAt: hoursAgo(72) }),
      article(5, { publishedAt: hoursAgo(-1) }), // scheduled for later: not news yet
    ];
    expect(locs(await sitemapOf(articles))).toEqual(['https://www.alwafd.news/news/1', 'https://www.alwafd.news/en/news/2']);
    // The same articles an hour later: the older one has aged out, the scheduled one is in.
    expect(locs(await sitemapOf(articles, new Date(NOW.getTime() + HOUR)))).toEqual(['https://www.alwafd.news/news/5', 'https://www.alwafd.news/news/1']);
  });

  it('names the publication in the article language and gives the stored date and the title', async () => {
    const doc = await sitemapOf([
      article(1, { publishedAt: '2026-11-25T10:00:00+02:00', title: 'خبر عاجل' }),
      article(2, { locale: 'en', publishedAt: '2026-11-25T09:00:00+02:00', title: 'Breaking' }),
    ]);
    expect(doc.documentElement.tagName).toBe('urlset');
    expect(locs(doc)).toEqual(['https://www.alwafd.news/news/1', 'https://www.alwafd.news/en/news/2']);
    expect(news(doc, 'name')).toEqual(['الوفد', 'Al-Wafd']);
    expect(news(doc, 'language')).toEqual(['ar', 'en']);
    expect(news(doc, 'publication_date')).toEqual(['2026-11-25T10:00:00+02:00', '2026-11-25T09:00:00+02:00']);
    expect(news(doc, 'title')).toEqual(['خبر عاجل', 'Breaking']);
    // Each <news:news> holds one <news:publication> with name and language, as Google requires.
    const first = doc.getElementsByTagNameNS(NEWS, 'news')[0]!;
    expect([...first.children].map((c) => c.localName)).toEqual(['publication', 'publication_date', 'title']);
  });

  it('lists at most 1000, the newest', async () => {
    const articles = Array.from({ length: NEWS_LIMIT + 200 }, (_, i) => article(i + 1, { publishedAt: isoAt(NOW.getTime() - (i + 1) * 60_000) }));
    const ids = locs(await sitemapOf(articles)).map((u) => Number(u!.split('/').pop()));
    expect(ids).toHaveLength(NEWS_LIMIT);
    expect(ids[0]).toBe(1);
    expect(ids.at(-1)).toBe(NEWS_LIMIT);
  });

  it('escapes every text so a hostile title stays well-formed text', async () => {
    const hostile = `</news:title><script>x</script> & "q" 'a' <`;
    const doc = await sitemapOf([article(9, { title: hostile, publishedAt: hoursAgo(2) })]);
    expect(news(doc, 'title')).toEqual([hostile]);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
  });
});
