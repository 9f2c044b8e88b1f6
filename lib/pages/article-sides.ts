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
 * Pure: the stories around an article, none of them the article itself. Related stories come first
 * (they follow the text, the reader meets them first) and are never given up; "most read" stays the
 * edition's ranking — a ranking keeps its order, so a story may be both related and ranked; the
 * section's latest, the filler of the side column, shows only what neither of the others did. Each
 * list is given longer than it is shown, so that taking out repeats leaves it full.
 */
export function composeArticleSides(articleId: number, candidates: ArticleSides): ArticleSides {
  const others = (list: readonly ArticleTeaser[]) => list.filter((a) => a.id !== articleId);
  const related = others(candidates.related).slice(0, RELATED_SHOWN);
  const mostRead = others(candidates.mostRead).slice(0, MOST_READ_LIMIT);
  const shown = new Set([articleId, ...related.map((a) => a.id), ...mostRead.map((a) => a.id)]);
  const latestInSection = candidates.latestInSection.filter((a) => !shown.has(a.id)).slice(0, LATEST_IN_SECTION);
  return { related, mostRead, latestInSection };
}
