import { MOST_READ_LIMIT } from '@/lib/content';
import type { ArticleTeaser } from '@/lib/content/types';

/** Stories shown around an article's text: related after it, most read and the section's latest beside it. */
export interface ArticleSides {
  related: ArticleTeaser[];
  mostRead: ArticleTeaser[];
  latestInSection: ArticleTeaser[];
}

export const RELATED_SHOWN = 4;
export const LATEST_IN_SECTION = 5;

/**
 * Pure: every story once on an article's page, as on the front page. The story itself is in none of
 * the lists; "most read" stays the edition's ranking (without this story); related stories are
 * those not already in it; the section's latest are what neither shows. Each list is given longer
 * than it is shown, so that taking out repeats leaves it full.
 */
export function composeArticleSides(articleId: number, candidates: ArticleSides): ArticleSides {
  const shown = new Set([articleId]);
  const take = (list: readonly ArticleTeaser[], count: number) => {
    const fresh = list.filter((a) => !shown.has(a.id)).slice(0, count);
    for (const a of fresh) shown.add(a.id);
    return fresh;
  };
  const mostRead = take(candidates.mostRead, MOST_READ_LIMIT);
  const related = take(candidates.related, RELATED_SHOWN);
  const latestInSection = take(candidates.latestInSection, LATEST_IN_SECTION);
  return { related, mostRead, latestInSection };
}
