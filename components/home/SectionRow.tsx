import { useTranslations } from 'next-intl';
import type { ArticleTeaser, Section } from '@/lib/content/types';
import type { Locale } from '@/lib/site';
import { sectionPath } from '@/lib/routes';
import { ArticleCard } from '@/components/listing/ArticleCard';

/** Columns for a row's stories on wide screens: as many as it has, so no row leaves a column empty. */
const COLUMNS = ['', 'lg:grid-cols-1', 'sm:grid-cols-2', 'sm:grid-cols-2 lg:grid-cols-3', 'sm:grid-cols-2 lg:grid-cols-4'];

/** A front-page row for one section: its newest stories not shown above, and a link to the whole section. */
export function SectionRow({ locale, section, articles }: { locale: Locale; section: Section; articles: readonly ArticleTeaser[] }) {
  const t = useTranslations('Home');
  const id = `section-${section.slug}`;
  const name = section.name[locale];
  // One story is drawn across the row with its picture beside it; more share the row in columns.
  const single = articles.length === 1;
  return (
    <section aria-labelledby={id} className="mt-10">
      <div className="flex items-baseline justify-between gap-4 border-b-2 border-brand pb-1">
        <h2 id={id} className="text-xl font-bold">
          <a href={sectionPath(locale, section.slug)} className="hover:text-brand">
            {name}
          </a>
        </h2>
        <a href={sectionPath(locale, section.slug)} className="text-[0.95rem] font-bold text-brand hover:underline">
          {t('more', { section: name })}
        </a>
      </div>
      <div className={`grid gap-x-6 ${COLUMNS[Math.min(articles.length, 4)]}`}>
        {articles.map((article) =>
          single ? (
            <ArticleCard key={article.id} article={article} summary={220} phoneSummary={false} imageSizes="(min-width: 640px) 240px, 128px" />
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
