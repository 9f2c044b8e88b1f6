import { useTranslations } from 'next-intl';
import type { ArticleTeaser, Section } from '@/lib/content/types';
import type { Locale } from '@/lib/site';
import { sectionPath } from '@/lib/routes';
import { ArticleCard, CARD_SUMMARY } from '@/components/listing/ArticleCard';
import { sectionInSentence } from '@/lib/content/section-name';

/**
 * Columns for a row's stories on wide screens: as many as it has, so no row leaves a column empty.
 * One or two stories keep their picture beside the text (two full-width pictures would dwarf the top
 * of the page); three or four stand side by side with the picture above.
 */
const COLUMNS = ['', '', 'md:grid-cols-2 md:[&>article]:border-b-0', 'sm:grid-cols-2 lg:grid-cols-3', 'sm:grid-cols-2 lg:grid-cols-4'];

/** A front-page row for one section: its newest stories not shown above, and a link to the whole section. */
export function SectionRow({ locale, section, articles }: { locale: Locale; section: Section; articles: readonly ArticleTeaser[] }) {
  const t = useTranslations('Home');
  const id = `section-${section.slug}`;
  const name = section.name[locale];
  const beside = articles.length <= 2;
  return (
    <section aria-labelledby={id} className="mt-10">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 border-b-2 border-brand pb-1">
        <h2 id={id} className="text-xl font-bold">
          <a href={sectionPath(locale, section.slug)} className="hover:text-brand">
            {name}
          </a>
        </h2>
        <a href={sectionPath(locale, section.slug)} className="text-[0.95rem] font-bold text-brand hover:underline">
          {t('more', { section: sectionInSentence(section, locale) })}
        </a>
      </div>
      <div className={`grid gap-x-6 ${COLUMNS[Math.min(articles.length, 4)]}`}>
        {articles.map((article) =>
          beside ? (
            <ArticleCard
              key={article.id}
              article={article}
              summary={articles.length === 1 ? 220 : CARD_SUMMARY}
              phoneSummary={false}
              imageSizes="(min-width: 640px) 160px, 128px"
            />
          ) : (
            <ArticleCard
              key={article.id}
              article={article}
              variant="stacked"
              phoneSummary={false}
              imageSizes="(min-width: 1152px) 270px, (min-width: 640px) 45vw, 128px"
            />
          ),
        )}
      </div>
    </section>
  );
}
