import type { ArticleTeaser } from './types';

/**
 * Opinion is what a columnist signs: a piece with a writer (the CMS's "Writer (opinion)" field).
 * Desks sign reporting. Cards label it "رأي" / "Opinion" and search engines get an
 * OpinionNewsArticle, so a reader never takes a column for a report.
 */
export function isOpinion(article: Pick<ArticleTeaser, 'writer'>): boolean {
  return article.writer !== undefined;
}
