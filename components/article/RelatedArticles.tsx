import { useTranslations } from 'next-intl';
import type { ArticleTeaser } from '@/lib/content/types';
import { ArticleCard } from '@/components/listing/ArticleCard';

/**
 * The block's height before it is laid out (render-when-near, app/globals.css), by the number of
 * stories it lists: 4rem of heading and, a story, 27rem on phones under 360px, 21.5rem from 360px
 * and 13.5rem from small tablets up — each at or above the tallest measured (BENCHMARKS.md, "The
 * related stories' estimate"). Too short an estimate is not harmless: a tool that reads a date from
 * the layout (axe, in Lighthouse) lays the stories out inside the estimated box, and the last of them
 * then lies over whatever follows (the footer's dark ground). Literal classes, so Tailwind makes each.
 */
const ESTIMATED_HEIGHT = [
  '',
  '[--estimated-height:31rem] min-[360px]:[--estimated-height:25.5rem] sm:[--estimated-height:17.5rem]',
  '[--estimated-height:58rem] min-[360px]:[--estimated-height:47rem] sm:[--estimated-height:31rem]',
  '[--estimated-height:85rem] min-[360px]:[--estimated-height:68.5rem] sm:[--estimated-height:44.5rem]',
  '[--estimated-height:112rem] min-[360px]:[--estimated-height:90rem] sm:[--estimated-height:58rem]',
];

export function RelatedArticles({ articles }: { articles: readonly ArticleTeaser[] }) {
  const t = useTranslations('Article');
  if (articles.length === 0) return null;
  const estimate = ESTIMATED_HEIGHT[Math.min(articles.length, ESTIMATED_HEIGHT.length - 1)];
  return (
    <section aria-labelledby="related-articles" className={`render-when-near -mx-1.5 mt-10 max-w-[calc(68ch+0.75rem)] px-1.5 ${estimate} print:hidden`}>
      <h2 id="related-articles" className="border-b-2 border-brand pb-1 text-xl font-bold">
        {t('related')}
      </h2>
      {articles.map((article) => (
        <ArticleCard key={article.id} article={article} showSection />
      ))}
    </section>
  );
}
