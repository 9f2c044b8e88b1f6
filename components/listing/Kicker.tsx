import { useTranslations } from 'next-intl';
import type { ArticleTeaser } from '@/lib/content/types';
import { isOpinion } from '@/lib/content/opinion';

/**
 * The line above a headline in a list: the opinion label (Listing.opinion) and the columnist for
 * opinion — always, so a column is never taken for a report — otherwise the section, where the list
 * mixes sections.
 */
export function Kicker({ article, showSection }: { article: ArticleTeaser; showSection: boolean }) {
  const t = useTranslations('Listing');
  if (isOpinion(article)) {
    return (
      <p className="text-sm font-bold">
        <span className="rounded-sm bg-brand px-1.5 text-paper">{t('opinion')}</span> <span className="text-brand">{article.writer!.name}</span>
      </p>
    );
  }
  return showSection ? <p className="text-sm font-bold text-brand">{article.section.name}</p> : null;
}
