import { useTranslations } from 'next-intl';
import { MostRead } from '@/components/reads/MostRead';
import type { ArticleTeaser, Section } from '@/lib/content/types';
import type { Locale } from '@/lib/site';
import { LatestInSection } from './LatestInSection';

export interface ArticleAsideContent {
  mostRead: readonly ArticleTeaser[];
  latestInSection: readonly ArticleTeaser[];
}

/** Whether the column has anything to show: an empty one is left out, and the story takes its place. */
export const hasAsideContent = (content: ArticleAsideContent) => content.mostRead.length > 0 || content.latestInSection.length > 0;

/**
 * Beside the text on wide screens, after it on phones: the edition's most read and the section's
 * newest, so the column beside the 68-character measure carries reading instead of white space.
 * Rendered only when hasAsideContent: the article page decides, since it also lays out the column.
 */
export function ArticleAside({ locale, section, content }: { locale: Locale; section: Section; content: ArticleAsideContent }) {
  const t = useTranslations('Article');
  return (
    <aside aria-label={t('aside')} className="render-when-near -mx-1.5 mt-12 flex flex-col gap-10 px-1.5 [--estimated-height:60rem] lg:mt-0 print:hidden">
      <MostRead articles={content.mostRead} />
      <LatestInSection locale={locale} section={section} articles={content.latestInSection} />
    </aside>
  );
}
