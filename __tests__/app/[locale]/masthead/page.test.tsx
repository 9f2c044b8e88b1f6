import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import MastheadPage, { generateMetadata } from '@/app/[locale]/masthead/page';
import type { MastheadEntry } from '@/lib/content/types';
import { renderInLocale } from '../../../support/render';
import { MASTHEAD, serveContent } from '../../../support/content';

jest.mock('next/navigation', () => ({
  notFound: () => {
    throw new Error('NEXT_NOT_FOUND');
  },
}));

const params = (locale: string) => Promise.resolve({ locale });
const BOARD_2026: MastheadEntry[] = [{ role: { ar: 'رئيس التحرير', en: 'Editor-in-Chief' }, name: { ar: 'اسم ثالث', en: 'Third Name' } }];
const LATER: MastheadEntry[] = [{ role: { ar: 'رئيس التحرير', en: 'Editor-in-Chief' }, name: { ar: 'اسم لاحق', en: 'Later Name' } }];

/** Role/name pairs of one list, as a screen reader meets them. */
const pairs = (list: HTMLElement) => within(list).getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent]);

describe('/masthead with the seed alone: one term, no known start', () => {
  serveContent({});

  it('shows the current names and says that no earlier term is recorded — nothing invented', async () => {
    renderInLocale(await MastheadPage({ params: params('ar') }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('هيئة التحرير');
    const current = screen.getByRole('region', { name: 'الهيئة الحالية' });
    expect(pairs(current)).toEqual(MASTHEAD.map((e) => [e.role.ar, e.name.ar]));
    expect(current).not.toHaveTextContent('منذ');
    expect(screen.getByRole('region', { name: 'التشكيلات السابقة' })).toHaveTextContent('لم تُسجَّل تشكيلات سابقة بعد.');
  });

  it('is titled and linked in both editions', async () => {
    const meta = await generateMetadata({ params: params('en') });
    expect(meta.title).toBe('Masthead');
    expect(meta.alternates?.canonical).toBe('https://www.alwafd.news/en/masthead');
    expect(meta.alternates?.languages).toMatchObject({ ar: 'https://www.alwafd.news/masthead', en: 'https://www.alwafd.news/en/masthead' });
  });
});

describe('/masthead after the newsroom entered a new term, and one for later', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-11-29T10:00:00+02:00'), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] }));
  afterEach(() => jest.useRealTimers());
  serveContent({
    mastheadTerms: [
      { entries: MASTHEAD },
      { effectiveFrom: '2026-02-26T00:00:00+02:00', entries: BOARD_2026 },
      { effectiveFrom: '2027-01-01T00:00:00+02:00', entries: LATER },
    ],
  });

  it('shows the term in force with its start, the earlier one with its end, and not the one still to come', async () => {
    renderInLocale(await MastheadPage({ params: params('en') }), 'en');
    const current = screen.getByRole('region', { name: 'Current masthead' });
    expect(current).toHaveTextContent('Since 26 February 2026');
    expect(pairs(current)).toEqual([['Editor-in-Chief', 'Third Name']]);
    const history = screen.getByRole('region', { name: 'Earlier mastheads' });
    expect(within(history).getByRole('heading', { level: 3 })).toHaveTextContent('Until 26 February 2026');
    expect(pairs(history)).toEqual(MASTHEAD.map((e) => [e.role.en, e.name.en]));
    expect(document.body).not.toHaveTextContent('Later Name');
    // Every page's masthead is the term in force too.
    expect(screen.getByRole('banner')).toHaveTextContent('Third Name');
  });
});
