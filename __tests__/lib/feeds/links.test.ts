/** @jest-environment node */
import { feedAlternates } from '@/lib/feeds/links';
import { NEWS_SITEMAP_PATH, rssPath, SITEMAP_PATH } from '@/lib/feeds/paths';

beforeEach(() => {
  delete process.env.SITE_URL;
  delete process.env.VERCEL_PROJECT_PRODUCTION_URL;
});

describe('feed paths', () => {
  it('puts a feed beside the page it mirrors, under /en for English', () => {
    expect(rssPath('ar')).toBe('/rss.xml');
    expect(rssPath('en')).toBe('/en/rss.xml');
    expect(rssPath('ar', 'economy')).toBe('/section/economy/rss.xml');
    expect(rssPath('en', 'economy')).toBe('/en/section/economy/rss.xml');
    expect([SITEMAP_PATH, NEWS_SITEMAP_PATH]).toEqual(['/sitemap.xml', '/news-sitemap.xml']);
  });
});

describe('feedAlternates (Metadata alternates.types)', () => {
  it("advertises the edition's feed with its localized title", async () => {
    expect(await feedAlternates('ar')).toEqual({
      'application/rss+xml': [{ url: 'https://www.alwafd.news/rss.xml', title: 'الوفد | أحدث الأخبار' }],
    });
  });

  it("advertises a section's own feed first, then the edition's", async () => {
    process.env.SITE_URL = 'http://localhost:3200';
    expect(await feedAlternates('en', 'economy')).toEqual({
      'application/rss+xml': [
        { url: 'http://localhost:3200/en/section/economy/rss.xml', title: 'Al-Wafd | Economy' },
        { url: 'http://localhost:3200/en/rss.xml', title: 'Al-Wafd | Latest news' },
      ],
    });
  });
});
