import { useTranslations } from 'next-intl';
import type { MastheadEntry } from '@/lib/content/types';
import { site, type Locale } from '@/lib/site';
import { homePath, rssPath } from '@/lib/routes';
import { LogoMark } from './LogoMark';
import { Masthead } from './Masthead';

export function SiteFooter({ locale, year, masthead }: { locale: Locale; year: number; masthead: readonly MastheadEntry[] }) {
  const t = useTranslations('Footer');
  return (
    // On the dark footer the brand-red focus ring falls under 3:1 contrast (WCAG 1.4.11): it turns white here.
    <footer className="mt-12 bg-ink text-white [&_:focus-visible]:outline-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-8">
        <a href={homePath(locale)} className="flex items-center gap-3 self-start">
          <LogoMark size={36} />
          <span className="text-2xl font-bold">{site.name[locale]}</span>
        </a>
        <Masthead locale={locale} entries={masthead} variant="footer" />
        <p className="flex flex-wrap gap-x-6 text-sm text-white/85">
          <span>{t('rights', { year })}</span>
          <a href={rssPath(locale)} className="underline hover:text-white">
            {t('rss')}
          </a>
        </p>
      </div>
    </footer>
  );
}
