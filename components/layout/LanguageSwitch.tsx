import { useTranslations } from 'next-intl';
import type { Locale } from '@/lib/site';

/** Links to this page in the other edition (or that edition's home when there is no counterpart). */
export function LanguageSwitch({ href, target }: { href: string; target: Locale }) {
  const t = useTranslations('LanguageSwitch');
  return (
    <a
      href={href}
      hrefLang={target}
      lang={target}
      title={t('description')}
      className="rounded border border-rule px-3 py-1 text-sm font-bold hover:border-brand hover:text-brand print:hidden"
    >
      {t('label')}
    </a>
  );
}
