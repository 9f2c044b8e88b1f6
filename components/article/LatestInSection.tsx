import { useTranslations } from 'next-intl';
import type { ArticleTeaser, Section } from '@/lib/content/types';
import type { Locale } from '@/lib/site';
import { articlePath, sectionPath } from '@/lib/routes';
import { formatDate } from '@/lib/format';
import { EditionText } from '@/components/ui/EditionText';
import { Kicker } from '@/components/listing/Kicker';
import { sectionInSentence } from '@/lib/content/section-name';

/** Beside a story: its section's newest other stories, headlines and dates, and the way to the section. */
export function LatestInSection({ locale, section, articles }: { locale: Locale; section: Section; articles: readonly ArticleTeaser[] }) {
  const t = useTranslations('Article');
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="latest-in-section">
      <h2 id="latest-in-section" className="border-b-2 border-brand pb-1 text-xl font-bold">
        <a href={sectionPath(locale, section.slug)} className="hover:text-brand">
          {t('latestIn', { section: sectionInSentence(section, locale) })}
        </a>
      </h2>
      <ul>
        {articles.map((article) => (
          <li key={article.id} className="border-b border-rule py-2.5 last:border-b-0">
            <Kicker article={article} showSection={false} />
            <a href={articlePath(article)} className="font-bold leading-snug hover:text-brand hover:underline">
              <EditionText text={article.title} locale={article.locale} />
            </a>
            <p className="text-sm text-muted">
              <time dateTime={article.publishedAt}>{formatDate(article.publishedAt, article.locale)}</time>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
