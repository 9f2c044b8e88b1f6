/** @jest-environment node */
import { listRelated } from '@/lib/content';
import { makeArticle, serveContent } from '../../support/content';

const ids = (list: { id: number }[]) => list.map((a) => a.id);

/** The stories under a story: its own kind first, then — when few share its tags or section — the edition's newest. */
describe('a story’s related stories', () => {
  const lonely = makeArticle(1, { section: 'sports', tags: ['وحيد'], publishedAt: '2026-11-01T09:00:00+02:00' });
  const peer = makeArticle(2, { section: 'sports', tags: ['كرة'], publishedAt: '2026-11-02T09:00:00+02:00' });
  const newest = [3, 4, 5, 6].map((id) => makeArticle(id, { section: 'economy', tags: [`وسم ${id}`], publishedAt: `2026-11-1${id}T09:00:00+02:00` }));
  const english = makeArticle(7, { locale: 'en', section: 'sports', tags: ['football'], publishedAt: '2026-11-20T09:00:00+02:00' });
  serveContent({ articles: [lonely, peer, ...newest, english], withdrawn: [8] });

  it('tops a short list up to three with the edition’s newest, never the story, its picks twice, nor the other edition', async () => {
    // 2 shares the section; 6 and 5 are the newest Arabic stories; 7 is newer but English.
    expect(ids(await listRelated(lonely))).toEqual([2, 6, 5]);
  });

  it('asked for fewer than three, tops up to what was asked', async () => {
    expect(ids(await listRelated(lonely, 1))).toEqual([2]);
    expect(ids(await listRelated(newest[0]!, 2))).toEqual([6, 5]);
  });

  it('leaves a list of its own kind as it is', async () => {
    const tagged = makeArticle(9, { tags: ['وسم 3', 'وسم 4', 'وسم 5'] });
    expect(ids(await listRelated(tagged))).toEqual([5, 4, 3]);
  });
});
