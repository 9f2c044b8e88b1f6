import { useTranslations } from 'next-intl';
import type { Locale } from '@/lib/site';
import { articlePath } from '@/lib/routes';

/** On a translation: which edition it was translated from, and a link to the original. */
export function TranslationNote({ original }: { original: { id: number; locale: Locale } }) {
  const t = useTranslations('Article');
  return (
    <p className="mt-2 text-sm text-muted">
      {t('translatedFrom', { from: original.locale })}{' '}
      <a href={articlePath(original)} hrefLang={original.locale} className="font-bold text-brand underline">
        {t('original')}
      </a>
    </p>
  );
}
