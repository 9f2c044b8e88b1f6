/** @jest-environment node */
import * as arabicFeed from '@/app/rss.xml/route';
import * as englishFeed from '@/app/en/rss.xml/route';
import * as arabicSection from '@/app/section/[section]/rss.xml/route';
import * as englishSection from '@/app/en/section/[section]/rss.xml/route';
import * as newsSitemap from '@/app/news-sitemap.xml/route';
import { xmlResponse } from '@/lib/feeds/response';
import { makeArticle, SECTIONS, serveContent } from '../../support/content';

const request = new Request('http://localhost/feed');
const section = (id: string) => ({ params: Promise.resolve({ section: id }) });

describe('feed and sitemap route handlers', () => {
  serveContent({ articles: [makeArticle(1), makeArticle(2, { locale: 'en', section: 'economy' })] });

  it('tell a CDN five minutes, like the pages (changes in the newsroom expire them at once, by tag)', () => {
    for (const route of [arabicFeed, englishFeed, arabicSection, englishSection, newsSitemap]) expect(route.revalidate).toBe(300);
  });

  it('answer the edition feeds as RSS', async () => {
    for (const route of [arabicFeed, englishFeed]) {
      const response = await route.GET();
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
      expect(await response.text()).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/);
    }
  });

  it('answer every section feed, and 404 for unknown or odd sections', async () => {
    expect(await arabicSection.generateStaticParams()).toEqual(SECTIONS.map((s) => ({ section: s.slug })));
    for (const route of [arabicSection, englishSection]) {
      for (const { slug } of SECTIONS) expect((await route.GET(request, section(slug))).status).toBe(200);
      for (const id of ['nope', '', '..', 'ECONOMY', '%E0%A4%A', 'economy/rss.xml']) {
        expect((await route.GET(request, section(id))).status).toBe(404);
      }
    }
  });

  it('answer the news sitemap as XML', async () => {
    const response = await newsSitemap.GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(await response.text()).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
  });

  it('turn a failure into a 503 with Retry-After, never a 500', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
    const response = await xmlResponse(() => {
      throw new Error('broken content');
    }, 'application/xml; charset=utf-8');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('300');
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });
});
