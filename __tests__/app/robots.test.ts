/** @jest-environment node */
import robots from '@/app/robots';

describe('robots.txt', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('allows everything but /api/ (uploaded pictures excepted) and the control page, and names both sitemaps on the public origin', () => {
    delete process.env.SITE_URL;
    delete process.env.VERCEL_PROJECT_PRODUCTION_URL;
    const result = robots();
    // The API and the empty control page used by the byte budgets are not for crawlers; the pictures
    // the sitemaps' image entries and the feeds' enclosures name are (the longer rule wins).
    expect(result.rules).toEqual([{ userAgent: '*', allow: ['/', '/api/media/file/'], disallow: ['/api/', '/admin', '/blank', '/en/blank'] }]);
    expect(result.sitemap).toEqual(['https://www.alwafd.news/sitemap.xml', 'https://www.alwafd.news/news-sitemap.xml']);
    expect(result.host).toBe('https://www.alwafd.news');
  });

  it('follows SITE_URL', () => {
    process.env.SITE_URL = 'https://staging.example/';
    expect(robots().sitemap).toEqual(['https://staging.example/sitemap.xml', 'https://staging.example/news-sitemap.xml']);
    expect(robots().host).toBe('https://staging.example');
  });
});
