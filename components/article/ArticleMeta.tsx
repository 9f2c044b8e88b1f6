import { useTranslations } from 'next-intl';
import { modifiedAt, type Article } from '@/lib/content/types';
import { formatDateTime } from '@/lib/format';

/**
 * Byline (unless the writer's own block shows it), published/updated times (machine-readable in
 * <time datetime>; in an editor's preview of a version not out yet, that it is not, or when it will be)
 * and reading time. The times are Cairo's and say so once, after the first: a reader in
 * London or the Gulf would otherwise read 10:15 as their own clock. The byline's wording depends on who signs (Article.by in messages/):
 * Arabic signs a person's story with a pen and a desk's as coming from the desk.
 */
export function ArticleMeta({ article, showByline = true }: { article: Article; showByline?: boolean }) {
  const t = useTranslations('Article');
  // A correction updates the story too (modifiedAt): the line says so with the correction's date.
  const modified = modifiedAt(article);
  // A preview of a version not out yet (article.pending) says so, with its time if it has one.
  const updated = !article.pending && Date.parse(modified) !== Date.parse(article.publishedAt);
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-[0.95rem] text-muted">
      {showByline && <p className="font-bold text-ink">{t('by', { byline: article.byline.name, kind: article.byline.kind })}</p>}
      <p>
        {article.pending === 'unpublished'
          ? t('unpublished')
          : t.rich(article.pending === 'scheduled' ? 'scheduled' : 'published', {
              when: formatDateTime(article.publishedAt, article.locale),
              time: (when) => <time dateTime={article.publishedAt}>{when}</time>,
            })}
      </p>
      {updated && (
        <p>
          {t.rich('updated', {
            when: formatDateTime(modified, article.locale),
            time: (when) => <time dateTime={modified}>{when}</time>,
          })}
        </p>
      )}
      <p>{t('readingTime', { minutes: article.readingMinutes })}</p>
    </div>
  );
}
