import { makeArticle, makeWriter, memorySource, translationPair, WRITER } from '../../support/content';
import { INDEX_BLOCK_IDS } from '@/lib/content/source';

/**
 * The in-memory source answers every question of the ContentSource contract the way the database
 * does: these are the contract's tests, on content built by the fixture factory.
 */
const articles = [
  makeArticle(1, { section: 'economy', tags: ['طاقة'], publishedAt: '2026-11-10T09:00:00+02:00', updatedAt: '2026-11-11T09:00:00+02:00' }),
  makeArticle(2, { tags: ['طاقة', 'نفط'], publishedAt: '2026-11-12T09:00:00+02:00' }),
  makeArticle(3, { locale: 'en', tags: ['Energy'], publishedAt: '2026-11-12T10:00:00+02:00' }),
  makeArticle(4, { section: 'economy', tags: ['نفط'], publishedAt: '2026-11-13T09:00:00+02:00' }),
  makeArticle(5, { section: 'sports', tags: ['كرة'], publishedAt: '2026-11-14T09:00:00+02:00' }),
];
const source = memorySource({ articles, withdrawn: [9] });
const ids = (list: { id: number }[]) => list.map((a) => a.id);

describe('the content source contract (in memory)', () => {
  it('lists an edition newest first, skipping what is asked', async () => {
    expect(ids(await source.latest('ar', 10))).toEqual([5, 4, 2, 1]);
    expect(ids(await source.latest('ar', 2, [5]))).toEqual([4, 2]);
    expect(ids(await source.latest('en', 10))).toEqual([3]);
  });

  it('pages sections and tags newest first and says whether more follow', async () => {
    expect(await source.sectionPage('ar', 'economy', 1, 1)).toMatchObject({ page: 1, hasNext: true, items: [{ id: 4 }] });
    expect(await source.sectionPage('ar', 'economy', 2, 1)).toMatchObject({ page: 2, hasNext: false, items: [{ id: 1 }] });
    expect((await source.sectionPage('ar', 'economy', 3, 1)).items).toEqual([]);
    expect(ids((await source.tagPage('ar', 'طاقة', 1, 20)).items)).toEqual([2, 1]);
    expect((await source.tagPage('en', 'طاقة', 1, 20)).items).toEqual([]);
  });

  it('gives lists teasers: no body, no tags', async () => {
    const [first] = await source.latest('ar', 1);
    expect(first).not.toHaveProperty('body');
    expect(first).not.toHaveProperty('tags');
    expect(first?.section).toEqual({ slug: 'sports', name: 'رياضة' });
  });

  it('tells published, withdrawn and missing articles apart', async () => {
    expect(await source.articleStatus(1)).toEqual({ state: 'published', edition: 'ar' });
    expect(await source.articleStatus(9)).toEqual({ state: 'withdrawn' });
    expect(await source.articleStatus(99)).toEqual({ state: 'missing' });
    expect(await source.article(9)).toBeUndefined();
  });

  it('relates by shared tags first, then section, never the article itself nor another edition', async () => {
    // 2 shares a tag, 4 the section; 5 shares nothing (lib/content tops a short list up with it).
    // Never 1 (the article itself) nor 3 (another edition).
    expect(ids(await source.related(articles[0]!, 4))).toEqual([2, 4]);
  });

  it('finds what was published in a window, both editions', async () => {
    const found = await source.publishedBetween(new Date('2026-11-12T00:00:00+02:00'), new Date('2026-11-13T12:00:00+02:00'), 10);
    expect(ids(found)).toEqual([4, 3, 2]);
  });

  it('indexes articles for sitemaps with their translations, and sections by their newest update', async () => {
    const [ar, en] = translationPair(makeArticle(10), makeArticle(11, { locale: 'en' }));
    const paired = memorySource({ articles: [ar, en] });
    expect(await paired.articleIndex('ar', 0)).toEqual([
      { id: 10, locale: 'ar', modifiedAt: ar.updatedAt, translation: { id: 11, locale: 'en' }, image: ar.image!.src },
    ]);
    expect(await source.sectionsUpdated('ar', 20)).toEqual({
      sports: articles[4]!.updatedAt,
      economy: '2026-11-13T09:00:00+02:00',
      news: articles[1]!.updatedAt,
    });
  });

  it('divides an edition into blocks of ids, each by id whatever the dates', async () => {
    const blocked = memorySource({
      articles: [makeArticle(INDEX_BLOCK_IDS + 2), makeArticle(7, { publishedAt: '2026-11-20T09:00:00+02:00' }), makeArticle(3), makeArticle(8, { locale: 'en' })],
    });
    expect(await blocked.articleIndexBlocks('ar')).toEqual([0, 1]);
    expect(await blocked.articleIndexBlocks('en')).toEqual([0]);
    expect(ids(await blocked.articleIndex('ar', 0))).toEqual([3, 7]);
    expect(ids(await blocked.articleIndex('ar', 1))).toEqual([INDEX_BLOCK_IDS + 2]);
    expect(await blocked.articleIndex('ar', 2)).toEqual([]);
  });

  it('lists tags with their newest update, the most recently changed first', async () => {
    expect(await source.tags('ar', 20)).toEqual([
      { tag: 'كرة', updatedAt: articles[4]!.updatedAt },
      { tag: 'نفط', updatedAt: articles[3]!.updatedAt },
      { tag: 'طاقة', updatedAt: articles[1]!.updatedAt },
    ]);
  });

  it('dates a listing by the stories its first page shows: a revision further back changes no first page', async () => {
    const revised = makeArticle(30, { section: 'economy', tags: ['ذهب'], writer: WRITER, publishedAt: '2026-11-10T09:00:00+02:00', updatedAt: '2026-11-20T09:00:00+02:00' });
    const newer = makeArticle(31, { section: 'economy', tags: ['ذهب'], writer: WRITER, publishedAt: '2026-11-12T09:00:00+02:00' });
    const listings = memorySource({ articles: [revised, newer], writers: [WRITER] });
    expect(await listings.sectionsUpdated('ar', 1)).toEqual({ economy: newer.updatedAt });
    expect(await listings.tags('ar', 1)).toEqual([{ tag: 'ذهب', updatedAt: newer.updatedAt }]);
    expect(await listings.writersUpdated('ar', 1)).toEqual({ 'fixture-writer': newer.updatedAt });
    // Two to a page: the revised story is on it.
    expect(await listings.sectionsUpdated('ar', 2)).toEqual({ economy: '2026-11-20T09:00:00+02:00' });
    expect(await listings.tags('ar', 2)).toEqual([{ tag: 'ذهب', updatedAt: '2026-11-20T09:00:00+02:00' }]);
    expect(await listings.writersUpdated('ar', 2)).toEqual({ 'fixture-writer': '2026-11-20T09:00:00+02:00' });
  });

  it('spells a tag as the edition does, letter case aside — only when exactly one tag of the edition matches', async () => {
    const spelled = memorySource({
      articles: [
        makeArticle(40, { locale: 'en', tags: ['SpaceX', 'Élysée', 'Node.js'] }),
        makeArticle(41, { locale: 'en', tags: ['Spacex-free', 'AI'] }),
        makeArticle(42, { locale: 'en', tags: ['ai'] }),
        makeArticle(43, { tags: ['Nvidia', 'طاقة'] }),
      ],
    });
    expect(await spelled.tagSpelling('en', 'spacex')).toBe('SpaceX');
    expect(await spelled.tagSpelling('en', 'SPACEX')).toBe('SpaceX');
    expect(await spelled.tagSpelling('en', 'SpaceX')).toBe('SpaceX');
    // Beyond ASCII: decomposed or not, the letters' case is set aside as Unicode says.
    expect(await spelled.tagSpelling('en', 'ÉLYSÉE')).toBe('Élysée');
    expect(await spelled.tagSpelling('en', 'e\u0301lyse\u0301e')).toBe('Élysée');
    expect(await spelled.tagSpelling('en', 'node.JS')).toBe('Node.js');
    // Two tags of the edition fold alike: neither is the one meant.
    expect(await spelled.tagSpelling('en', 'Ai')).toBeUndefined();
    // Only whole names, only the edition's own tags.
    expect(await spelled.tagSpelling('en', 'space')).toBeUndefined();
    expect(await spelled.tagSpelling('en', 'nvidia')).toBeUndefined();
    expect(await spelled.tagSpelling('ar', 'nvidia')).toBe('Nvidia');
    expect(await spelled.tagSpelling('ar', 'طاقة')).toBe('طاقة');
    expect(await spelled.tagSpelling('en', 'طاقة')).toBeUndefined();
  });

  it('gives stories by id in the order asked, leaving out what is not published', async () => {
    expect(ids(await source.teasers([4, 9, 1, 3]))).toEqual([4, 1, 3]);
    expect(await source.teasers([])).toEqual([]);
  });
});

describe('writers and their pieces (in memory)', () => {
  const other = makeWriter('other-writer', { name: { ar: 'كاتب آخر', en: 'Another Writer' }, column: {} });
  const pieces = [
    makeArticle(20, { writer: WRITER, publishedAt: '2026-11-10T09:00:00+02:00' }),
    makeArticle(21, { writer: WRITER, publishedAt: '2026-11-12T09:00:00+02:00', updatedAt: '2026-11-13T09:00:00+02:00' }),
    makeArticle(22, { writer: WRITER, locale: 'en', publishedAt: '2026-11-11T09:00:00+02:00' }),
    makeArticle(23, { writer: other }),
    makeArticle(24),
  ];
  const writers = memorySource({ articles: pieces, writers: [WRITER, other] });

  it('finds a writer by slug, with names, column and bio in both editions', async () => {
    expect(await writers.writer('fixture-writer')).toEqual(WRITER);
    expect(await writers.writer('nobody')).toBeUndefined();
  });

  it('lists a writer’s pieces per edition, newest first, paginated', async () => {
    expect(await writers.writerPage('ar', 'fixture-writer', 1, 1)).toMatchObject({ page: 1, hasNext: true, items: [{ id: 21 }] });
    expect(await writers.writerPage('ar', 'fixture-writer', 2, 1)).toMatchObject({ page: 2, hasNext: false, items: [{ id: 20 }] });
    expect(ids((await writers.writerPage('en', 'fixture-writer', 1, 20)).items)).toEqual([22]);
    expect((await writers.writerPage('ar', 'nobody', 1, 20)).items).toEqual([]);
  });

  it('carries the writer, in the piece’s edition, on every teaser of a column piece — and none on a report', async () => {
    const [piece] = await writers.teasers([21]);
    expect(piece?.writer).toEqual({ slug: 'fixture-writer', name: 'كاتبة العمود', column: 'عمود ثابت' });
    expect((await writers.teasers([22]))[0]?.writer).toEqual({ slug: 'fixture-writer', name: 'The Columnist', column: 'A Fixed Column' });
    expect((await writers.teasers([23]))[0]?.writer).toEqual({ slug: 'other-writer', name: 'كاتب آخر' });
    expect((await writers.teasers([24]))[0]).not.toHaveProperty('writer');
  });

  it('dates each writer’s newest piece per edition (sitemaps list writers with pieces only)', async () => {
    expect(await writers.writersUpdated('ar', 20)).toEqual({ 'fixture-writer': '2026-11-13T09:00:00+02:00', 'other-writer': pieces[3]!.updatedAt });
    expect(await writers.writersUpdated('en', 20)).toEqual({ 'fixture-writer': '2026-11-11T09:00:00+02:00' });
  });
});

describe('most read (in memory)', () => {
  const since = new Date('2026-11-20T10:00:00+02:00');
  const reads = memorySource({
    articles,
    reads: [
      { id: 1, hour: '2026-11-20T10:00:00+02:00', views: 3 },
      { id: 1, hour: '2026-11-20T11:00:00+02:00', views: 4 },
      { id: 4, hour: '2026-11-20T12:00:00+02:00', views: 9 },
      // Before the window: not counted.
      { id: 2, hour: '2026-11-20T09:00:00+02:00', views: 50 },
      { id: 2, hour: '2026-11-20T12:00:00+02:00', views: 7 },
      // Another edition.
      { id: 3, hour: '2026-11-20T12:00:00+02:00', views: 99 },
      // Withdrawn: never ranked.
      { id: 9, hour: '2026-11-20T12:00:00+02:00', views: 99 },
    ],
  });

  it('ranks an edition’s stories by the views summed over the window, newer first on a tie', async () => {
    expect(await reads.mostRead('ar', since, 10)).toEqual([4, 2, 1]);
    expect(await reads.mostRead('ar', since, 2)).toEqual([4, 2]);
    expect(await reads.mostRead('en', since, 10)).toEqual([3]);
    expect(await reads.mostRead('ar', new Date('2026-11-20T13:00:00+02:00'), 10)).toEqual([]);
  });
});
