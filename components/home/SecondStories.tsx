import { useTranslations } from 'next-intl';
import { ArticleCard } from '@/components/listing/ArticleCard';
import type { ArticleTeaser } from '@/lib/content/types';

/**
 * The stories under the lead: side by side from small tablets up, a list on phones. `beside`: in the
 * column next to the lead on wide screens instead (when "most read" has nothing to fill it), one
 * above the other, so the top of the front page leaves no column empty.
 */
export function SecondStories({ articles, beside = false }: { articles: readonly ArticleTeaser[]; beside?: boolean }) {
  const t = useTranslations('Home');
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="second-stories" className={`mt-6 border-t-2 border-brand ${beside ? 'lg:mt-0' : ''}`}>
      <h2 id="second-stories" className="sr-only">
        {t('seconds')}
      </h2>
      <div className={`grid gap-x-6 sm:grid-cols-3 ${beside ? 'lg:grid-cols-1' : ''}`}>
        {articles.map((article) => (
          <ArticleCard
            key={article.id}
            article={article}
            variant="stacked"
            showSection
            summary={110}
            phoneSummary={false}
            imageSizes={beside ? '(min-width: 1152px) 340px, (min-width: 640px) 30vw, 128px' : '(min-width: 1152px) 230px, (min-width: 640px) 30vw, 128px'}
          />
        ))}
      </div>
    </section>
  );
}
