import { Kicker } from '@/components/listing/Kicker';
import type { ArticleTeaser } from '@/lib/content/types';
import { formatDate } from '@/lib/format';
import { articlePath } from '@/lib/routes';
import { highlight } from '@/lib/search/highlight';
import type { Terms } from '@/lib/search/normalize';
import { Highlighted } from './Highlighted';

/** A story found by a search: section (or, for a column, opinion and its writer, as in every listing), headline (the link), summary and date, the matched words marked. */
export function SearchResult({ article, terms }: { article: ArticleTeaser; terms: Terms }) {
  return (
    <article className="border-b border-rule py-4">
      <Kicker article={article} showSection />
      <h2 className="text-lg font-bold leading-snug">
        <a href={articlePath(article)} className="hover:text-brand hover:underline">
          <Highlighted segments={highlight(article.title, terms)} locale={article.locale} />
        </a>
      </h2>
      <p className="mt-1 text-[0.95rem] text-muted">
        <Highlighted segments={highlight(article.summary, terms)} locale={article.locale} />
      </p>
      <p className="mt-1 text-sm text-muted">
        <time dateTime={article.publishedAt}>{formatDate(article.publishedAt, article.locale)}</time>
      </p>
    </article>
  );
}
