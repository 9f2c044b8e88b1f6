import { getArticle, listAll } from '@/lib/content/repository';
import { buildNewsSitemap, NEWS_LIMIT, recentArticles } from '@/lib/feeds/news-sitemap';
import { fixtureArticle, isoAt, parseXml } from './support';

const NEWS = 'http://www.google.com/schemas/sitemap-news/0.9';
const SITEMAP = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NOW = new Date('2026-11-25T12:00:00+02:00');
const HOUR = 3600_000;
const hoursAgo = (h: number) => isoAt(NOW.getTime() - h * HOUR);

const locs = (doc: Document) => [...doc.getElementsByTagNameNS(SITEMAP, 'loc')].map((e) => e.textContent);
const news = (doc: Document, name: string) => [...doc.getElementsByTagNameNS(NEWS, name)].map((e) => e.textContent);

beforeEach(() => {
  delete process.env.SITE_URL;
  delete process.env.VERCEL_PROJECT_PRODUCTION_URL;
});

describe('Google News sitemap', () => {
  it('keeps only what was published in the 48 hours before the injected now', () => {
    const articles = [
      fixtureArticle(1, { publishedAt: hoursAgo(1) }),
      fixtureArticle(2, { publishedAt: hoursAgo(47.99) }),
      fixtureArticle(3, { publishedAt: hoursAgo(48) }), // exactly 48 h: outside
      fixtureArticle(4, { publishedAt: hoursAgo(72) }),
      fixtureArticle(5, { publishedAt: hoursAgo(-1) }), // scheduled for later: not news yet
    ];
    const doc = parseXml(buildNewsSitemap(articles, NOW));
    expect(locs(doc)).toEqual(['https://www.alwafd.news/news/1', 'https://www.alwafd.news/news/2']);
    // The same articles an hour later: the older one has aged out.
    expect(recentArticles(articles, new Date(NOW.getTime() + HOUR)).map((a) => a.id)).toEqual([5, 1]);
  });

  it('names the publication in the article language and gives the stored date and the title', () => {
    const doc = parseXml(
      buildNewsSitemap(
        [
          fixtureArticle(1, { publishedAt: '2026-11-25T10:00:00+02:00', title: 'خبر عاجل' }),
          fixtureArticle(2, { locale: 'en', publishedAt: '2026-11-25T09:00:00+02:00', title: 'Breaking' }),
        ],
        NOW,
      ),
    );
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

  it('lists at most 1000, the newest', () => {
    const articles = Array.from({ length: NEWS_LIMIT + 200 }, (_, i) =>
      fixtureArticle(i + 1, { publishedAt: isoAt(NOW.getTime() - (i + 1) * 60_000) }),
    );
    const doc = parseXml(buildNewsSitemap(articles, NOW));
    const ids = locs(doc).map((u) => Number(u!.split('/').pop()));
    expect(ids).toHaveLength(NEWS_LIMIT);
    expect(ids[0]).toBe(1);
    expect(ids.at(-1)).toBe(NEWS_LIMIT);
  });

  it('escapes every text so a hostile title stays well-formed text', () => {
    const hostile = `</news:title><script>x</script> & "q" 'a' <`;
    const doc = parseXml(buildNewsSitemap([fixtureArticle(9, { title: hostile, publishedAt: hoursAgo(2) })], NOW));
    expect(news(doc, 'title')).toEqual([hostile]);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
  });

  it('includes the seed article (1001) on the day after it was published, not three days later', () => {
    const seed = getArticle(1001)!;
    const all = [...listAll('ar'), ...listAll('en')];
    const dayAfter = parseXml(buildNewsSitemap(all, new Date('2026-11-25T09:00:00+02:00')));
    expect(locs(dayAfter)).toContain('https://www.alwafd.news/news/1001');
    expect(news(dayAfter, 'publication_date')).toContain(seed.publishedAt);
    const later = parseXml(buildNewsSitemap(all, new Date('2026-11-27T12:00:00+02:00')));
    expect(locs(later)).not.toContain('https://www.alwafd.news/news/1001');
  });
});
