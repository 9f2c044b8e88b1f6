import { useTranslations } from 'next-intl';
import type { MastheadEntry } from '@/lib/content/types';
import type { Locale } from '@/lib/site';
import { mastheadPath, rssPath } from '@/lib/routes';
import { Masthead } from './Masthead';
import { Wordmark } from './Wordmark';
import { EditionText } from '@/components/ui/EditionText';

export function SiteFooter({ locale, year, masthead }: { locale: Locale; year: number; masthead: readonly MastheadEntry[] }) {
  const t = useTranslations('Footer');
  return (
    // On the dark footer the brand-red focus ring falls under 3:1 contrast (WCAG 1.4.11): it takes the footer's text colour.
    <footer className="render-when-near mt-12 [--estimated-height:20rem] print:hidden bg-footer text-on-footer [&_:focus-visible]:outline-on-footer">
      <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-8">
        <div className="self-start">
          <Wordmark locale={locale} variant="footer" />
        </div>
        <Masthead locale={locale} entries={masthead} variant="footer" />
        {/* The links are padded to 36 px tall, a finger's target on a phone; the line's text stays aligned. */}
        <p className="flex flex-wrap items-center gap-x-6 text-sm text-on-footer/85">
          <span>{t('rights', { year })}</span>
          <a href={mastheadPath(locale)} className="inline-block py-2 underline hover:text-on-footer">
            {t('masthead')}
          </a>
          <a href={rssPath(locale)} className="inline-block py-2 underline hover:text-on-footer">
            {/* The Arabic line names RSS: the acronym is spoken in the English voice. */}
            <EditionText text={t('rss')} locale={locale} />
          </a>
        </p>
      </div>
    </footer>
  );
}
