import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import { PageShell } from '@/components/layout/PageShell';
import type { SiteFrame } from '@/lib/content';
import { MASTHEAD, SECTIONS } from '../../support/content';
import { serverHtml } from '../../support/render';

const FRAME: SiteFrame = {
  sections: SECTIONS,
  sectionsIn: { ar: SECTIONS, en: SECTIONS },
  masthead: MASTHEAD,
  breaking: {
    ar: [{ id: 3, text: 'عاجل في الطبعة العربية', expiresAt: '2026-11-29T12:00:00+02:00' }],
    en: [],
  },
  today: { day: '2026-11-29', hijri: { year: 1448, month: 6, day: 19 } },
};

/** The frame is server-rendered: read it as the browser receives it. */
function serve(ui: Parameters<typeof serverHtml>[0], locale: 'ar' | 'en') {
  document.body.innerHTML = serverHtml(ui, locale);
}
afterEach(() => {
  document.body.innerHTML = '';
});

describe('the frame around every page', () => {
  it('heads the page with the wordmark and motto, the masthead, today’s date, the sections and the edition’s breaking news', () => {
    serve(
      <PageShell locale="ar" frame={FRAME} alternate={{ locale: 'en', href: '/en' }}>
        <p>محتوى</p>
      </PageShell>,
      'ar',
    );
    const banner = screen.getByRole('banner');
    const home = within(banner).getAllByRole('link')[0]!;
    expect(home).toHaveAttribute('href', '/');
    expect(home).toHaveTextContent('الوفدالحق فوق القوة والأمة فوق الحكومة');
    expect(within(home).getByText('الوفد')).toHaveClass('wordmark', 'text-brand');
    expect(banner).toHaveTextContent('الأحد 29 نوفمبر 2026 — 19 جمادى الآخرة 1448 هـ');
    // The way to the other edition: its name in its own language, its description in the page's.
    const other = within(banner).getByRole('link', { name: 'English' });
    expect(other).toHaveAttribute('href', '/en');
    expect(other).toHaveAttribute('hreflang', 'en');
    expect(other).toHaveAttribute('title', 'اقرأ بالإنجليزية');
    expect(other).not.toHaveAttribute('lang');
    expect(within(other).getByText('English')).toHaveAttribute('lang', 'en');
    expect(within(banner).getByRole('region', { name: 'عاجل' })).toHaveTextContent('عاجل في الطبعة العربية');
    // No bar-chart logo any more: the header draws no picture at all.
    expect(banner.querySelector('svg')).toBeNull();
  });

  it('shows no strip in an edition with nothing live, and prints the year of Cairo’s day in the footer', () => {
    serve(
      <PageShell locale="en" frame={FRAME} alternate={{ locale: 'ar', href: '/' }}>
        <p>content</p>
      </PageShell>,
      'en',
    );
    expect(screen.queryByRole('region', { name: 'Breaking' })).not.toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('Sunday 29 November 2026 — 19 Jumada al-Akhirah 1448 AH');
    const footer = screen.getByRole('contentinfo');
    expect(footer).toHaveTextContent('© 2026');
    expect(within(footer).getByRole('link', { name: 'Masthead' })).toHaveAttribute('href', '/en/masthead');
  });

  it('says "current page" only on the link’s own page: a story or a later page is in its section, not on it', () => {
    const current = (ui: Parameters<typeof serverHtml>[0]) => {
      serve(ui, 'ar');
      const nav = screen.getByRole('navigation', { name: 'الأقسام' });
      return within(nav)
        .getAllByRole('link')
        .filter((a) => a.hasAttribute('aria-current'))
        .map((a) => [a.getAttribute('href'), a.getAttribute('aria-current')]);
    };
    const shell = (isPage: boolean) => (
      <PageShell locale="ar" frame={FRAME} alternate={{ locale: 'en', href: '/en' }} current={{ slug: 'technology', isPage }}>
        <p>محتوى</p>
      </PageShell>
    );
    expect(current(shell(true))).toEqual([['/section/technology', 'page']]);
    expect(current(shell(false))).toEqual([['/section/technology', 'true']]);
  });
});
