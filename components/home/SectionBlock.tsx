import { useTranslations } from 'next-intl';
import type { ArticleTeaser, Section } from '@/lib/content/types';
import type { Locale } from '@/lib/site';
import { sectionPath } from '@/lib/routes';
import { ArticleCard } from '@/components/listing/ArticleCard';

/** A front-page block for one section: its newest stories and a link to the whole section. */
export function SectionBlock({ locale, section, articles }: { locale: Locale; section: Section; articles: readonly ArticleTeaser[] }) {
  const t = useTranslations('Home');
  const id = `section-${section.slug}`;
  const name = section.name[locale];
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="border-b-2 border-brand pb-1 text-xl font-bold">
        <a href={sectionPath(locale, section.slug)} className="hover:text-brand">
          {name}
        </a>
      </h2>
      {articles.map((article) => (
        <ArticleCard key={article.id} article={article} showImage={false} />
      ))}
      <a href={sectionPath(locale, section.slug)} className="mt-2 inline-block text-[0.95rem] font-bold text-brand hover:underline">
        {t('more', { section: name })}
      </a>
    </section>
  );
}
