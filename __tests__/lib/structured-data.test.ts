import type { Article } from '@/lib/content/types';
import { homeJsonLd, newsArticleJsonLd, serializeJsonLd } from '@/lib/structured-data';
import { makeArticle, WRITER } from '../support/content';

const seed = makeArticle(1001, {
  section: 'technology',
  tags: ['SpaceX', 'الفضاء'],
  byline: { name: 'بوابة الوفد', kind: 'desk' },
  publishedAt: '2026-11-24T10:15:00+02:00',
  updatedAt: '2026-11-24T12:40:00+02:00',
});
type Node = Record<string, unknown>;
const graph = (data: Node) => data['@graph'] as Node[];

describe('structured data', () => {
  it('describes an article as a NewsArticle with everything Google News reads', () => {
    const [article, breadcrumbs] = graph(newsArticleJsonLd(seed, { home: 'الرئيسية' }));
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      headline: seed.title,
      description: seed.summary,
      datePublished: '2026-11-24T10:15:00+02:00',
      dateModified: '2026-11-24T12:40:00+02:00',
      author: [{ '@type': 'Organization', name: 'بوابة الوفد', url: 'https://www.alwafd.news/' }],
      publisher: { '@type': 'NewsMediaOrganization', name: 'الوفد', logo: { url: 'https://www.alwafd.news/icons/icon-512.png' } },
      mainEntityOfPage: { '@id': 'https://www.alwafd.news/news/1001' },
      inLanguage: 'ar',
      articleSection: 'تكنولوجيا',
      keywords: seed.tags.join(', '),
      isAccessibleForFree: true,
    });
    expect(article!.image).toEqual([
      expect.stringMatching(/\/cards\/1001-[0-9a-f]{10}-16x9\.jpg$/),
      expect.stringMatching(/-4x3\.jpg$/),
      expect.stringMatching(/-1x1\.jpg$/),
    ]);
    expect(breadcrumbs).toMatchObject({ '@type': 'BreadcrumbList' });
    expect((breadcrumbs!.itemListElement as Node[]).map((i) => i.name)).toEqual(['الرئيسية', 'تكنولوجيا', seed.title]);
  });

  it('dates a corrected story’s modification by its correction, when that came after the last revision', () => {
    const corrected = { ...seed, correction: { text: 'صُحح الاسم.', at: '2026-12-01T10:00:00+02:00' } };
    expect(graph(newsArticleJsonLd(corrected, { home: 'h' }))[0]).toMatchObject({
      datePublished: '2026-11-24T10:15:00+02:00',
      dateModified: '2026-12-01T10:00:00+02:00',
    });
  });

  it('describes a column as an OpinionNewsArticle by a Person, with the writer’s page as URL', () => {
    const [ar, en] = [makeArticle(1006, { writer: WRITER }), makeArticle(1016, { writer: WRITER, locale: 'en' })];
    expect(graph(newsArticleJsonLd(ar, { home: 'h' }))[0]).toMatchObject({
      '@type': 'OpinionNewsArticle',
      author: [{ '@type': 'Person', name: 'كاتبة العمود', url: 'https://www.alwafd.news/writer/fixture-writer' }],
    });
    expect(graph(newsArticleJsonLd(en, { home: 'h' }))[0]!.author).toEqual([
      { '@type': 'Person', name: 'The Columnist', url: 'https://www.alwafd.news/en/writer/fixture-writer' },
    ]);
  });

  it('keeps a desk a desk: an Organization, never a Person, and reporting a NewsArticle', () => {
    const portal = makeArticle(1010, { locale: 'en', byline: { name: 'Al-Wafd Portal', kind: 'desk' } });
    expect(graph(newsArticleJsonLd(portal, { home: 'h' }))[0]).toMatchObject({
      '@type': 'NewsArticle',
      author: [{ '@type': 'Organization', name: 'Al-Wafd Portal', url: 'https://www.alwafd.news/en' }],
    });
  });

  it('names a person without a writer’s page by name alone', () => {
    const column: Article = { ...seed, byline: { name: 'سلمى عبد الحميد', kind: 'person' } };
    expect(graph(newsArticleJsonLd(column, { home: 'h' }))[0]!.author).toEqual([{ '@type': 'Person', name: 'سلمى عبد الحميد' }]);
  });

  it('gives no image to a story without a picture', () => {
    expect(graph(newsArticleJsonLd(makeArticle(5, { image: null }), { home: 'h' }))[0]).not.toHaveProperty('image');
  });

  it('describes the front page as the organization and its website', () => {
    expect(graph(homeJsonLd('en', 'desc')).map((n) => n['@type'])).toEqual(['NewsMediaOrganization', 'WebSite']);
    // Each edition's node its own id: one id with two names and two home pages would merge into one entity.
    const [arabic, english] = [graph(homeJsonLd('ar', 'd'))[0]!, graph(homeJsonLd('en', 'd'))[0]!];
    expect([arabic['@id'], arabic.name, arabic.url]).toEqual(['https://www.alwafd.news/#organization', 'الوفد', 'https://www.alwafd.news/']);
    expect([english['@id'], english.name, english.url]).toEqual(['https://www.alwafd.news/en#organization', 'Al-Wafd', 'https://www.alwafd.news/en']);
    expect(graph(homeJsonLd('en', 'd'))[1]!.publisher).toEqual({ '@id': 'https://www.alwafd.news/en#organization' });
  });

  it('escapes content so it can never close the script element', () => {
    const hostile = { ...seed, title: '</script><script>alert(1)</script><!--', summary: 'a & b \u2028' } as Article;
    const json = serializeJsonLd(newsArticleJsonLd(hostile, { home: 'h' }));
    expect(json).not.toMatch(/<|>|\u2028/);
    expect(JSON.parse(json)['@graph'][0].headline).toBe(hostile.title);
  });
});
