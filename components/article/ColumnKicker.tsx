import { useTranslations } from 'next-intl';
import type { ArticleWriter } from '@/lib/content/types';

/**
 * Above a column piece's headline, as the paper prints it: the opinion label (Listing.opinion) and
 * the column's fixed name (from the writer entity), or the writer's name when the column has none.
 */
export function ColumnKicker({ writer }: { writer: ArticleWriter }) {
  const t = useTranslations('Listing');
  return (
    <p className="mb-1 text-lg font-bold">
      <span className="rounded-sm bg-brand px-2 text-paper print:border print:border-brand print:bg-transparent print:text-brand">{t('opinion')}</span> <span className="text-brand">{writer.column ?? writer.name}</span>
    </p>
  );
}
