import { useTranslations } from 'next-intl';
import type { Article } from '@/lib/content/types';
import { formatDateTime } from '@/lib/format';

/**
 * Byline (unless the writer's own block shows it), published/updated times (machine-readable in
 * <time datetime>) and reading time. The byline's wording depends on who signs (Article.by in messages/):
 * Arabic signs a person's story with a pen and a desk's as coming from the desk.
 */
export function ArticleMeta({ article, showByline = true }: { article: Article; showByline?: boolean }) {
  const t = useTranslations('Article');
  const updated = article.updatedAt !== article.publishedAt;
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-[0.95rem] text-muted">
      {showByline && <p className="font-bold text-ink">{t('by', { byline: article.byline.name, kind: article.byline.kind })}</p>}
      <p>
        {t('published')}{' '}
        <time dateTime={article.publishedAt}>{formatDateTime(article.publishedAt, article.locale)}</time>
      </p>
      {updated && (
        <p>
          {t('updated')} <time dateTime={article.updatedAt}>{formatDateTime(article.updatedAt, article.locale)}</time>
        </p>
      )}
      <p>{t('readingTime', { minutes: article.readingMinutes })}</p>
    </div>
  );
}
