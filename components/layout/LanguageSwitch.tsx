import { useTranslations } from 'next-intl';
import type { Locale } from '@/lib/site';

/**
 * Links to this page in the other edition (or that edition's home when there is no counterpart).
 * The label is the other edition's language ("English" on Arabic pages) and is marked so; the
 * description stays in the page's, so a screen reader speaks each in its own voice.
 */
export function LanguageSwitch({ href, target }: { href: string; target: Locale }) {
  const t = useTranslations('LanguageSwitch');
  return (
    <a
      href={href}
      hrefLang={target}
      title={t('description')}
      // The box as drawn is 30 px tall; a finger's target reaches 8 px past it above and below (44 px).
      className="relative rounded border border-rule px-3 py-1 text-sm font-bold after:absolute after:inset-x-0 after:-inset-y-2 hover:border-brand hover:text-brand print:hidden"
    >
      <span lang={target}>{t('label')}</span>
    </a>
  );
}
