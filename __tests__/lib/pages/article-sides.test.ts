import { composeArticleSides, LATEST_IN_SECTION, RELATED_SHOWN } from '@/lib/pages/article-sides';
import { teaser } from '@/lib/content/memory-source';
import { makeArticle } from '../../support/content';

const stories = (...ids: number[]) => ids.map((id) => teaser(makeArticle(id)));
const ids = (list: readonly { id: number }[]) => list.map((a) => a.id);

describe('the stories around an article', () => {
  it('never shows the article itself; the section’s latest repeats nothing the others show', () => {
    const sides = composeArticleSides(100, {
      mostRead: stories(100, 201, 202),
      related: stories(202, 203, 204, 205, 206, 207),
      latestInSection: stories(100, 203, 201, 208, 209, 210, 211, 212, 213),
    });
    // A ranking keeps its order: 202 is both related and ranked.
    expect(ids(sides.mostRead)).toEqual([201, 202]);
    expect(ids(sides.related)).toEqual([202, 203, 204, 205]);
    expect(ids(sides.latestInSection)).toEqual([208, 209, 210, 211, 212]);
  });

  it('keeps the lists full when there are enough other stories', () => {
    const sides = composeArticleSides(1, { mostRead: [], related: stories(2, 3, 4, 5, 6), latestInSection: stories(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11) });
    expect(sides.related).toHaveLength(RELATED_SHOWN);
    expect(sides.latestInSection).toHaveLength(LATEST_IN_SECTION);
    expect(ids(sides.latestInSection)).toEqual([6, 7, 8, 9, 10]);
  });
});

it('shows at most the ten most read, the article left out of them', () => {
  const ranking = stories(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
  expect(ids(composeArticleSides(5, { mostRead: ranking, related: [], latestInSection: [] }).mostRead)).toEqual([1, 2, 3, 4, 6, 7, 8, 9, 10, 11]);
  expect(composeArticleSides(99, { mostRead: ranking, related: [], latestInSection: [] }).mostRead).toHaveLength(10);
});
