import { useTranslations } from 'next-intl';
import { EditionText } from '@/components/ui/EditionText';
import { Kicker } from '@/components/listing/Kicker';
import type { ArticleTeaser } from '@/lib/content/types';
import { articlePath } from '@/lib/routes';
import { MOST_READ_WINDOW_HOURS } from '@/lib/content';

/**
 * Most read: the edition's most read stories of the last 24 hours, ranked (lib/reads counts
 * them). Headlines only — a ranking, not a second front page. Nothing at all until something was read.
 */
export function MostRead({ articles, className = '' }: { articles: readonly ArticleTeaser[]; className?: string }) {
  const t = useTranslations('MostRead');
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="most-read" className={className}>
      <h2 id="most-read" className="border-b-2 border-brand pb-1 text-xl font-bold">
        {t('title')} <span className="text-sm font-normal text-muted">{t('window', { hours: MOST_READ_WINDOW_HOURS })}</span>
      </h2>
      <ol className="list-decimal ps-7 marker:text-xl marker:font-bold marker:text-brand">
        {articles.map((article) => (
          <li key={article.id} className="border-b border-rule py-2.5 ps-1 last:border-b-0">
            <Kicker article={article} showSection={false} />
            <a href={articlePath(article)} className="font-bold leading-snug hover:text-brand hover:underline">
              <EditionText text={article.title} locale={article.locale} />
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
