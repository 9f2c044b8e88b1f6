/** @jest-environment node */
import { feedAlternates } from '@/lib/feeds/links';

beforeEach(() => {
  delete process.env.SITE_URL;
  delete process.env.VERCEL_PROJECT_PRODUCTION_URL;
});

describe('feedAlternates (Metadata alternates.types)', () => {
  it("advertises the edition's feed with its localized title", async () => {
    expect(await feedAlternates('ar')).toEqual({
      'application/rss+xml': [{ url: 'https://www.alwafd.news/rss.xml', title: 'الوفد | أحدث الأخبار' }],
    });
  });

  it("advertises a section's own feed first, then the edition's", async () => {
    process.env.SITE_URL = 'http://localhost:3200';
    expect(await feedAlternates('en', { slug: 'economy', name: 'Economy' })).toEqual({
      'application/rss+xml': [
        { url: 'http://localhost:3200/en/section/economy/rss.xml', title: 'Al-Wafd | Economy' },
        { url: 'http://localhost:3200/en/rss.xml', title: 'Al-Wafd | Latest news' },
      ],
    });
  });
});
