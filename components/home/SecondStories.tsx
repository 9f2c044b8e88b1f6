import { useTranslations } from 'next-intl';
import { ArticleCard } from '@/components/listing/ArticleCard';
import type { ArticleTeaser } from '@/lib/content/types';

/** The stories under the lead: side by side from small tablets up, a list on phones. */
export function SecondStories({ articles }: { articles: readonly ArticleTeaser[] }) {
  const t = useTranslations('Home');
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="second-stories" className="mt-6 border-t-2 border-brand">
      <h2 id="second-stories" className="sr-only">
        {t('seconds')}
      </h2>
      <div className="grid gap-x-6 sm:grid-cols-3">
        {articles.map((article) => (
          <ArticleCard
            key={article.id}
            article={article}
            variant="stacked"
            showSection
            summary={110}
            phoneSummary={false}
            imageSizes="(min-width: 1152px) 230px, (min-width: 640px) 30vw, 128px"
          />
        ))}
      </div>
    </section>
  );
}
