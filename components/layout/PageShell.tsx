import type { ReactNode } from 'react';
import type { SiteFrame } from '@/lib/content';
import type { Locale } from '@/lib/site';
import { MAIN_CONTENT_ID } from '@/lib/anchors';
import { SiteFooter } from './SiteFooter';
import type { CurrentSection } from './SectionNav';
import { SiteHeader, type Alternate } from './SiteHeader';

/**
 * Header (wordmark, masthead, date line, sections, breaking news, language switch), main and footer, around every page.
 * Pages render it themselves because only the page knows its counterpart in the other edition;
 * they hand it the frame's content (getSiteFrame), which the newsroom edits.
 */
export function PageShell({
  locale,
  frame,
  alternate,
  current,
  children,
}: {
  locale: Locale;
  frame: SiteFrame;
  alternate: Alternate;
  current?: CurrentSection;
  children: ReactNode;
}) {
  return (
    <>
      <SiteHeader
        locale={locale}
        alternate={alternate}
        current={current}
        sections={frame.sectionsIn[locale]}
        masthead={frame.masthead}
        today={frame.today}
        breaking={frame.breaking[locale]}
      />
      {/* A word longer than the line — a long number or link in a headline, on a phone zoomed in — breaks
          instead of widening the page; words that fit are never broken. */}
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 outline-none wrap-anywhere">
        {children}
      </main>
      <SiteFooter locale={locale} year={Number(frame.today.day.slice(0, 4))} masthead={frame.masthead} />
    </>
  );
}
