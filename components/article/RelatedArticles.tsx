import { useTranslations } from 'next-intl';
import type { ArticleTeaser } from '@/lib/content/types';
import { ArticleCard } from '@/components/listing/ArticleCard';

export function RelatedArticles({ articles }: { articles: readonly ArticleTeaser[] }) {
  const t = useTranslations('Article');
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related-articles" className="render-when-near -mx-1.5 mt-10 max-w-[calc(68ch+0.75rem)] px-1.5 print:hidden">
      <h2 id="related-articles" className="border-b-2 border-brand pb-1 text-xl font-bold">
        {t('related')}
      </h2>
      {articles.map((article) => (
        <ArticleCard key={article.id} article={article} showSection />
      ))}
    </section>
  );
}
