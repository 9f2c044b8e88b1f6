import { articleHtml } from '@/lib/content/markdown';
import type { Article } from '@/lib/content/types';

/** The body, rendered from Markdown with raw HTML dropped and the result sanitized (lib/content/markdown). */
export function ArticleBody({ article }: { article: Article }) {
  return <div className="article-body" dangerouslySetInnerHTML={{ __html: articleHtml(article) }} />;
}
