import { useTranslations } from 'next-intl';

/** On paper a link cannot be followed: a printed story ends with its address. Never shown on screen. */
export function PrintedUrl({ url }: { url: string }) {
  const t = useTranslations('Article');
  return (
    <p className="mt-8 hidden border-t border-rule pt-2 text-sm print:block">
      {t('printedUrl')} <bdi dir="ltr">{url}</bdi>
    </p>
  );
}
