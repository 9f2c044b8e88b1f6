import { useTranslations } from 'next-intl';
import type { Correction } from '@/lib/content/types';
import type { Locale } from '@/lib/site';
import { formatDate } from '@/lib/format';
import { EditionText } from '@/components/ui/EditionText';

/** A correction the newsroom made, under the story, with its date — as a paper prints it. */
export function ArticleCorrection({ correction, locale }: { correction: Correction; locale: Locale }) {
  const t = useTranslations('Article');
  return (
    <aside aria-labelledby="article-correction" className="mt-8 max-w-[68ch] border-s-4 border-brand bg-wash px-4 py-3">
      <h2 id="article-correction" className="font-bold">
        {t('correction')} <time dateTime={correction.at}>{formatDate(correction.at, locale)}</time>
      </h2>
      <p className="mt-1">
        <EditionText text={correction.text} locale={locale} />
      </p>
    </aside>
  );
}
