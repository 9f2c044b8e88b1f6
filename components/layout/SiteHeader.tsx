import type { Today } from '@/lib/content';
import type { BreakingItem, MastheadEntry, Section } from '@/lib/content/types';
import type { Locale } from '@/lib/site';
import { BreakingStrip } from './BreakingStrip';
import { DateLine } from './DateLine';
import { LanguageSwitch } from './LanguageSwitch';
import { Masthead } from './Masthead';
import { SearchForm } from './SearchForm';
import { SectionNav, type CurrentSection } from './SectionNav';
import { Wordmark } from './Wordmark';

export interface Alternate {
  locale: Locale;
  href: string;
}

interface SiteHeaderProps {
  locale: Locale;
  alternate: Alternate;
  current?: CurrentSection;
  sections: readonly Section[];
  masthead: readonly MastheadEntry[];
  today: Today;
  breaking: BreakingItem[];
}

/** Wordmark and motto, the masthead, today's date, the sections, and breaking news when there is any. */
export function SiteHeader({ locale, alternate, current, sections, masthead, today, breaking }: SiteHeaderProps) {
  return (
    <header>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 pt-4">
        {/* The language switch wraps under the wordmark only when the mark's longest word leaves it no
            room (a phone at 200% zoom), not because the motto is long: the mark is measured by its words. */}
        <div className="flex grow basis-0">
          <Wordmark locale={locale} />
        </div>
        <LanguageSwitch href={alternate.href} target={alternate.locale} />
      </div>
      <SearchForm locale={locale} className="mx-auto max-w-6xl justify-end px-4 pt-3 print:hidden" />
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-3">
        <Masthead locale={locale} entries={masthead} />
        <DateLine locale={locale} today={today} />
      </div>
      <SectionNav locale={locale} current={current} sections={sections} />
      <BreakingStrip locale={locale} items={breaking} />
    </header>
  );
}
