import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import HomePage from '@/app/[locale]/page';
import { renderInLocale } from '../../support/render';
import { makeArticle, serveContent, WRITER } from '../../support/content';

jest.mock('next/navigation', () => ({
  notFound: () => {
    throw new Error('NEXT_NOT_FOUND');
  },
}));

const params = (locale: string) => Promise.resolve({ locale });
const LONG =
  'تقلبات أسعار القمح في الأسواق العالمية لا تبقى بعيدة عن المائدة المصرية؛ نشرح كيف تنتقل هذه التقلبات إلى فاتورة الاستيراد والموازنة العامة وما الأدوات المتاحة لتخفيف أثرها على المواطن.';

const stories = [
  makeArticle(109, { section: 'technology', title: 'الخبر الرئيسي' }),
  makeArticle(108, { section: 'sports' }),
  makeArticle(107, { writer: WRITER, title: 'مقال في العمود' }),
  makeArticle(106, { section: 'technology' }),
  makeArticle(105, { section: 'economy', summary: LONG }),
  makeArticle(104, { section: 'economy', summary: LONG }),
  makeArticle(103, { section: 'economy' }),
  makeArticle(201, { locale: 'en', section: 'economy' }),
  makeArticle(202, { locale: 'en', section: 'economy' }),
  makeArticle(203, { locale: 'en', section: 'economy', title: 'The lead story' }),
];

serveContent({
  articles: stories,
  writers: [WRITER],
  reads: [
    { id: 103, hour: new Date(Date.now() - 3_600_000).toISOString(), views: 40 },
    { id: 107, hour: new Date(Date.now() - 3_600_000).toISOString(), views: 25 },
    // Two days ago: outside the 24 hours.
    { id: 108, hour: new Date(Date.now() - 48 * 3_600_000).toISOString(), views: 900 },
  ],
});

/** Links to stories in the page's editorial blocks (lead, seconds, section rows): most read is a ranking beside them. */
function editorialStoryLinks(): string[] {
  const main = screen.getByRole('main');
  const ranking = within(main).queryByRole('region', { name: /الأكثر قراءة|Most read/ });
  return within(main)
    .getAllByRole('link')
    .filter((a) => /\/news\/\d+$/.test(a.getAttribute('href') ?? '') && !ranking?.contains(a))
    .map((a) => a.getAttribute('href')!);
}

describe('front page (server render)', () => {
  it('shows each story once: lead, three seconds, then one row per section with stories left', async () => {
    renderInLocale(await HomePage({ params: params('ar') }));
    expect(within(screen.getByRole('region', { name: 'الخبر الرئيسي' })).getByRole('heading', { level: 3 })).toHaveTextContent('الخبر الرئيسي');
    const seconds = within(screen.getByRole('region', { name: 'أبرز الأخبار' })).getAllByRole('heading', { level: 3 });
    expect(seconds.map((h) => h.textContent)).toEqual(['خبر 108', 'خبر 106', 'خبر 105']);
    // Section rows, in navigation order, only with what the top did not show.
    const rows = screen.getAllByRole('region').filter((r) => r.id === '' && r.getAttribute('aria-labelledby')?.startsWith('section-'));
    expect(rows.map((r) => r.getAttribute('aria-labelledby'))).toEqual(['section-economy', 'section-opinion']);
    // Each row's way to its section, in Arabic: «المزيد من الاقتصاد», not «المزيد من اقتصاد».
    expect(rows.map((r) => within(r).getAllByRole('link')[1]!.textContent)).toEqual(['المزيد من الاقتصاد', 'المزيد من مقالات الرأي']);
    // One link per story (the lead's picture repeats its headline's link hidden from assistive technology).
    expect(editorialStoryLinks().sort()).toEqual(['/news/103', '/news/104', '/news/105', '/news/106', '/news/107', '/news/108', '/news/109']);
  });

  it('labels a column as opinion, with its writer, wherever it is listed', async () => {
    renderInLocale(await HomePage({ params: params('ar') }));
    const row = screen.getByRole('region', { name: 'مقالات الرأي' });
    expect(within(row).getByText('رأي')).toBeInTheDocument();
    expect(within(row).getByText(WRITER.name.ar)).toBeInTheDocument();
  });

  it('cuts long summaries at a word, with one ellipsis', async () => {
    renderInLocale(await HomePage({ params: params('ar') }));
    const summaries = screen.getAllByText((_, el) => el?.tagName === 'P' && (el.textContent ?? '').startsWith('تقلبات أسعار القمح'));
    expect(summaries.length).toBeGreaterThan(0);
    for (const p of summaries) {
      const text = p.textContent!;
      expect(text.endsWith('…')).toBe(true);
      expect(LONG.startsWith(text.slice(0, -1))).toBe(true);
      expect(LONG[text.length - 1]).toMatch(/[\s؛]/);
    }
  });

  it('ranks the edition’s most read of the last 24 hours beside the top stories', async () => {
    renderInLocale(await HomePage({ params: params('ar') }));
    const ranking = screen.getByRole('region', { name: /الأكثر قراءة/ });
    const items = within(within(ranking).getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('link').getAttribute('href'))).toEqual(['/news/103', '/news/107']);
    expect(within(items[1]!).getByText('رأي')).toBeInTheDocument();
    // The window it names is the one it counts (lib/content MOST_READ_WINDOW_HOURS).
    expect(within(ranking).getByRole('heading', { level: 2 })).toHaveTextContent('الأكثر قراءة خلال آخر 24 ساعة');
  });

  it('puts the second stories under the lead when most read fills the column beside it', async () => {
    renderInLocale(await HomePage({ params: params('ar') }));
    const lead = screen.getByRole('region', { name: 'الخبر الرئيسي' });
    expect(screen.getByRole('region', { name: 'أبرز الأخبار' }).parentElement).toBe(lead.parentElement);
  });

  it('gives the column beside the lead to the second stories when nothing was read yet: no empty column', async () => {
    renderInLocale(await HomePage({ params: params('en') }), 'en');
    const lead = screen.getByRole('region', { name: 'The lead story' });
    const seconds = screen.getByRole('region', { name: 'Top stories' });
    // The top's two columns: the lead's, and the seconds beside it.
    expect(seconds.parentElement).toBe(lead.parentElement!.parentElement);
    expect(within(seconds).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Story 202', 'Story 201']);
  });

  it('navigates only to the sections that have stories in the edition', async () => {
    renderInLocale(await HomePage({ params: params('en') }), 'en');
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Home', 'Economy']);
    // No ranking without a view counted in that edition.
    expect(screen.queryByRole('region', { name: /Most read/ })).not.toBeInTheDocument();
  });
});

describe('front page in English (server render)', () => {
  serveContent({
    articles: [
      ...[306, 305, 304, 303].map((id) => makeArticle(id, { locale: 'en' })),
      makeArticle(302, { locale: 'en', section: 'sports' }),
      makeArticle(301, { locale: 'en', writer: WRITER }),
    ],
    writers: [WRITER],
  });

  it('leads each row to its section by what the section publishes: "More sports news", not "More in Sports"', async () => {
    renderInLocale(await HomePage({ params: params('en') }), 'en');
    const rows = screen.getAllByRole('region').filter((r) => r.getAttribute('aria-labelledby')?.startsWith('section-'));
    expect(rows.map((r) => within(r).getAllByRole('link')[1]!.textContent)).toEqual(['More sports news', 'More opinion pieces']);
  });
});
