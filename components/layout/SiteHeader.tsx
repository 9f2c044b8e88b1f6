import { useTranslations } from 'next-intl';
import type { MastheadEntry, Section } from '@/lib/content/types';
import { site, type Locale } from '@/lib/site';
import { homePath } from '@/lib/routes';
import { LanguageSwitch } from './LanguageSwitch';
import { LogoMark } from './LogoMark';
import { Masthead } from './Masthead';
import { SearchForm } from './SearchForm';
import { SectionNav } from './SectionNav';

export interface Alternate {
  locale: Locale;
  href: string;
}

interface SiteHeaderProps {
  locale: Locale;
  alternate: Alternate;
  current?: string;
  sections: readonly Section[];
  masthead: readonly MastheadEntry[];
}

export function SiteHeader({ locale, alternate, current, sections, masthead }: SiteHeaderProps) {
  const t = useTranslations('Layout');
  return (
    <header>
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 pt-4">
        <a href={homePath(locale)} className="flex items-center gap-3 text-brand">
          <LogoMark />
          <span className="flex flex-col">
            <span className="text-4xl font-bold leading-tight">{site.name[locale]}</span>
            <span className="text-sm text-muted">{t('tagline')}</span>
          </span>
        </a>
        <LanguageSwitch href={alternate.href} target={alternate.locale} />
      </div>
      <SearchForm locale={locale} className="mx-auto max-w-6xl justify-end px-4 pt-3" />
      <div className="mx-auto max-w-6xl px-4 py-3">
        <Masthead locale={locale} entries={masthead} />
      </div>
      <SectionNav locale={locale} current={current} sections={sections} />
    </header>
  );
}
