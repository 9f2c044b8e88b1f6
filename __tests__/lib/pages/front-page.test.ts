import { composeFrontPage, frontPage, SECONDS } from '@/lib/pages/front-page';
import { teaser } from '@/lib/content/memory-source';
import { makeArticle, SECTIONS, serveContent, WRITER } from '../../support/content';

const ids = (list: readonly { id: number }[]) => list.map((a) => a.id);

/** Nine stories across sections (a higher id is newer), one a column, as the sample edition has. */
const stories = [
  makeArticle(109, { section: 'technology' }),
  makeArticle(108, { section: 'sports' }),
  makeArticle(107, { writer: WRITER }),
  makeArticle(106, { section: 'technology' }),
  makeArticle(105, { section: 'economy' }),
  makeArticle(104, { section: 'news' }),
  makeArticle(103, { section: 'economy' }),
  makeArticle(102, { section: 'technology' }),
  makeArticle(101, { section: 'sports' }),
  makeArticle(201, { locale: 'en', section: 'economy' }),
];

describe('the front page', () => {
  serveContent({ articles: stories });

  it('shows every story once: a lead, three seconds, then a row per section with what is left', async () => {
    const page = await frontPage('ar');
    expect(page.lead?.id).toBe(109);
    expect(ids(page.seconds)).toEqual([108, 106, 105]);
    expect(page.rows.map((r) => [r.section.slug, ids(r.articles)])).toEqual([
      ['news', [104]],
      ['economy', [103]],
      ['technology', [102]],
      ['sports', [101]],
      ['opinion', [107]],
    ]);
    const all = [page.lead!, ...page.seconds, ...page.rows.flatMap((r) => r.articles)];
    expect(ids(all).sort()).toEqual(ids(stories.filter((s) => s.locale === 'ar')).sort());
    expect(new Set(ids(all)).size).toBe(all.length);
  });

  it('leads with reporting: a column, however new, runs in its row', async () => {
    const page = await frontPage('ar');
    expect(ids([page.lead!, ...page.seconds])).not.toContain(107);
  });

  it('has no row for a section with no story in the edition, nor for one the top already emptied', async () => {
    const page = await frontPage('en');
    expect(page.lead?.id).toBe(201);
    expect(page.seconds).toEqual([]);
    expect(page.rows).toEqual([]);
  });
});

describe('composeFrontPage', () => {
  const section = SECTIONS[1]!;

  it('fills a row with at most four stories, none of them shown above', () => {
    const many = Array.from({ length: 12 }, (_, i) => teaser(makeArticle(300 - i, { section: 'economy' })));
    const page = composeFrontPage(many.slice(0, 1 + SECONDS), [{ section, articles: many }]);
    // The lead and three seconds are 300–297: the row is the next four, 296–293.
    expect(ids(page.rows[0]!.articles)).toEqual([296, 295, 294, 293]);
  });

  it('leads with a column only when there is nothing else', () => {
    const column = teaser(makeArticle(400, { writer: WRITER }));
    expect(composeFrontPage([column], []).lead?.id).toBe(400);
    expect(composeFrontPage([], [])).toEqual({ lead: undefined, seconds: [], rows: [] });
  });
});
