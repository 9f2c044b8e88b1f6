import { useTranslations } from 'next-intl';
import type { Locale } from '@/lib/site';
import { articlePath } from '@/lib/routes';

/**
 * On a translation: which edition it was translated from, and a link to the original while readers
 * may open it (not while it is scheduled for later or withdrawn: the link would be a 404).
 */
export function TranslationNote({ from, originalId }: { from: Locale; originalId?: number }) {
  const t = useTranslations('Article');
  return (
    <p className="mt-2 text-sm text-muted">
      {t('translatedFrom', { from })}
      {originalId !== undefined && (
        <>
          {' '}
          <a href={articlePath({ id: originalId, locale: from })} hrefLang={from} className="font-bold text-brand underline">
            {t('original', { from })}
          </a>
        </>
      )}
    </p>
  );
}
