import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import SearchPage, { generateMetadata } from '@/app/[locale]/search/page';
import { renderInLocale } from '../../../support/render';
import { makeArticle, serveContent, WRITER } from '../../../support/content';

jest.mock('next/navigation', () => ({
  notFound: () => {
    throw new Error('NEXT_NOT_FOUND');
  },
}));

/**
 * The search page rendered on the server from the in-memory source: what a reader without
 * JavaScript receives for a query, no query, a junk query and a refused one, in both editions.
 */
const HOURS = 3_600_000;
const at = (hoursAgo: number) => new Date(Date.parse('2026-11-20T12:00:00+02:00') - hoursAgo * HOURS).toISOString();

const schoolStories = Array.from({ length: 25 }, (_, i) =>
  makeArticle(3000 + i, { title: `خبر رقم ${i}`, summary: 'ملخص', paragraphs: [`زار الوزير المدرسة رقم ${i}.`], publishedAt: at(i) }),
);
const older = makeArticle(2990, { title: 'افتتاح المدرسة الجديدة في أسوان', summary: 'المُدرسة تستقبل طلابها', publishedAt: at(500) });
const english = makeArticle(4000, { locale: 'en', title: 'Schools reopen in Cairo', summary: 'The school year starts', paragraphs: ['Every school opens.'] });
const named = makeArticle(4100, { title: 'حوار مع الدكتور البدوي', summary: 'حديث عن الاقتصاد', publishedAt: at(700) });
const bedouins = makeArticle(4200, { title: 'مهرجان في سيناء', summary: 'البدو يحتفلون بالحصاد', publishedAt: at(1) });
const column = makeArticle(4300, { writer: WRITER, title: 'عن الحصاد في الوادي', summary: 'رأي في موسم القمح', publishedAt: at(2) });
const questions = makeArticle(4400, { title: 'جلسة البرلمان', summary: 'ملخص الجلسة', paragraphs: ['ناقش النواب الإصلاحات المقترحة.'], publishedAt: at(3) });
const rocket = makeArticle(4500, { title: 'SpaceX تطلق صاروخها الجديد', summary: 'إطلاق من فلوريدا', publishedAt: at(4) });
const rocketInArabicLetters = makeArticle(4600, { title: 'مهندسون مصريون في بلو أوريجن', summary: 'فريق في شركة الفضاء', publishedAt: at(5) });
const quoted = makeArticle(4700, { title: 'أسواق المال اليوم', summary: 'ملخص الأسواق', paragraphs: ['كتبت The Wall Street Journal عن الأسواق.'], publishedAt: at(6) });
serveContent({
  articles: [...schoolStories, older, english, named, bedouins, column, questions, rocket, rocketInArabicLetters, quoted],
  writers: [WRITER],
  latinNames: [
    { name: 'SpaceX', spellings: 'سبيس إكس\nسبيس اكس' },
    { name: 'Blue Origin', spellings: 'بلو أوريجن' },
    { name: 'The Wall Street Journal', spellings: 'وول ستريت جورنال' },
  ],
});

const params = (locale: string) => Promise.resolve({ locale });
const query = (q?: string, page?: string) => Promise.resolve({ ...(q !== undefined && { q }), ...(page !== undefined && { page }) });
const render = async (locale: 'ar' | 'en', q?: string, page?: string) => renderInLocale(await SearchPage({ params: params(locale), searchParams: query(q, page) }), locale);
/** A paragraph by its whole text, however it is split into elements (the query sits in a <bdi>). */
const paragraph = (text: string) => screen.getByText((_, node) => node?.tagName === 'P' && node.textContent === text);
const results = () => screen.queryByRole('list', { name: /نتائج البحث|Search results/ });

describe('search page (server render)', () => {
  it('lists headline matches first, then newest first, with the matched words marked in any spelling', async () => {
    await render('ar', 'المدرسه');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('نتائج البحث عن «المدرسه»');
    const items = within(results()!).getAllByRole('listitem');
    expect(items).toHaveLength(20);
    // The headline match is the oldest story, and still comes first.
    expect(within(items[0]!).getByRole('link')).toHaveAttribute('href', '/news/2990');
    expect(within(items[1]!).getByRole('link')).toHaveAttribute('href', '/news/3000');
    const marks = [...items[0]!.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['المدرسة', 'المُدرسة']);
    expect(items[0]).toHaveTextContent('أخبار');
    expect(items[0]!.querySelector('time')).toHaveAttribute('dateTime', older.publishedAt);
  });

  it('labels a column as opinion with its writer, as every listing does', async () => {
    await render('ar', 'الحصاد');
    const found = within(results()!).getAllByRole('listitem').find((li) => within(li).queryByRole('link', { name: /الوادي/ }))!;
    expect(within(found).getByText('رأي')).toBeInTheDocument();
    expect(within(found).getByText(WRITER.name.ar)).toBeInTheDocument();
  });

  it('paginates in the query string', async () => {
    await render('ar', 'المدرسه');
    const pages = screen.getByRole('navigation', { name: 'الصفحات' });
    expect(within(pages).getByRole('link', { name: 'الصفحة التالية' })).toHaveAttribute('href', `/search?q=${encodeURIComponent('المدرسه')}&page=2`);
    document.body.innerHTML = '';
    await render('ar', 'المدرسه', '2');
    expect(within(results()!).getAllByRole('listitem')).toHaveLength(6);
    expect(screen.getByRole('link', { name: 'الصفحة السابقة' })).toHaveAttribute('href', `/search?q=${encodeURIComponent('المدرسه')}`);
    expect(screen.queryByRole('link', { name: 'الصفحة التالية' })).toBeNull();
  });

  it('says so on a page past the last one, with a way back to the first', async () => {
    await render('ar', 'المدرسه', '9');
    expect(results()).toBeNull();
    expect(screen.getByRole('link', { name: 'الصفحة الأولى من النتائج' })).toHaveAttribute('href', `/search?q=${encodeURIComponent('المدرسه')}`);
  });

  it('finds a name whole: البدوي first, a newer story about البدو (the same stem) only after it', async () => {
    await render('ar', 'البدوي');
    const items = within(results()!).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('link').getAttribute('href'))).toEqual(['/news/4100', '/news/4200']);
    expect(items[0]!.querySelector('mark')).toHaveTextContent('البدوي');
  });

  it('respells a misspelled query that finds nothing, and says so', async () => {
    await render('ar', 'البدوى الاقتصاط');
    // The suggestion as a reader writes it: the reader's own word kept, the replaced one as the story spells it
    // (not the index's folded «بدوي اقتصاد»).
    expect(paragraph('لم نجد نتائج لـ«البدوى الاقتصاط»، فعرضنا نتائج «البدوى الاقتصاد».')).toBeInTheDocument();
    expect(within(results()!).getAllByRole('link')[0]).toHaveAttribute('href', '/news/4100');
    // The words marked are the ones the results were found by.
    expect([...within(results()!).getAllByRole('listitem')[0]!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['البدوي', 'الاقتصاد']);
  });

  it('finds a name the stories write in Latin letters by the Arabic spelling the newsroom listed for it, and says so', async () => {
    await render('ar', 'إطلاق سبيس إكس');
    // Two typed words became one name: it is named once, as the newsroom writes it.
    expect(paragraph('لم نجد نتائج لـ«إطلاق سبيس إكس»، فعرضنا نتائج «إطلاق SpaceX».')).toBeInTheDocument();
    const items = within(results()!).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(within(items[0]!).getByRole('link')).toHaveAttribute('href', '/news/4500');
    expect([...items[0]!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['SpaceX', 'إطلاق']);
  });

  it('names a name the results show only in their text as the newsroom writes it', async () => {
    await render('ar', 'وول ستريت جورنال');
    expect(paragraph('لم نجد نتائج لـ«وول ستريت جورنال»، فعرضنا نتائج «Wall Street Journal».')).toBeInTheDocument();
    expect(within(results()!).getAllByRole('link')[0]).toHaveAttribute('href', '/news/4700');
  });

  it('searches a listed spelling as typed first: a story that writes the name in Arabic letters is found by it, with no note', async () => {
    await render('ar', 'بلو اوريجن');
    expect(within(results()!).getAllByRole('link')[0]).toHaveAttribute('href', '/news/4600');
    expect(document.body).not.toHaveTextContent('لم نجد نتائج');
  });

  it('does not name a respelling it only knows in the index’s folded form («اصلاحات» lost its hamza)', async () => {
    await render('ar', 'اصلاحت');
    expect(paragraph('لم نجد نتائج لـ«اصلاحت»، فعرضنا نتائج أقرب الكلمات إليها.')).toBeInTheDocument();
    expect(within(results()!).getAllByRole('link')[0]).toHaveAttribute('href', '/news/4400');
    expect(document.body).not.toHaveTextContent('اصلاحات');
  });

  it('says plainly when nothing matches', async () => {
    await render('ar', 'زلزال');
    expect(results()).toBeNull();
    expect(paragraph('لا توجد نتائج لـ«زلزال».')).toBeInTheDocument();
  });

  it('searches only the edition the reader is in', async () => {
    await render('en', 'school');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Results for “school”');
    const items = within(results()!).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect([...items[0]!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Schools', 'school']);
  });

  it.each(['ar', 'en'] as const)('with no query (%s): the box and a hint, no results', async (locale) => {
    await render(locale);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(locale === 'ar' ? 'بحث' : 'Search');
    expect(screen.getByText(locale === 'ar' ? 'اكتب كلمة أو اسمًا أو عبارة للبحث في أخبار الوفد.' : "Type a word, a name or a phrase to search Al-Wafd's stories.")).toBeInTheDocument();
    expect(screen.getAllByRole('search')).toHaveLength(2);
    expect(results()).toBeNull();
  });

  it.each(['ar', 'en'] as const)('with a junk query (%s): a clear page that says why', async (locale) => {
    await render(locale, '!!! 😀 ؟؟');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(locale === 'ar' ? 'بحث' : 'Search');
    expect(screen.getByText(locale === 'ar' ? /لا يحوي بحثك كلمات يمكن البحث بها/ : /Your search has no words we can search for/)).toBeInTheDocument();
    expect(results()).toBeNull();
  });

  it.each([
    ['ar', 'عبارة البحث طويلة', 'عبارة البحث أطول من اللازم (1000 حرف). الحد الأقصى 200 حرف؛ اختصرها وأعد المحاولة.'],
    ['en', 'Search too long', 'Your search is too long (1,000 characters). The limit is 200 characters; shorten it and try again.'],
  ] as const)('refuses a 1,000-character query politely (%s)', async (locale, title, message) => {
    await render(locale, 'م'.repeat(1000));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(title);
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(results()).toBeNull();
    // The page's box holds the query's first 200 characters, to be shortened there; the header's stays
    // empty, as on every page but a results page. Both stop at the limit when typed into.
    const [header, page] = screen.getAllByRole('searchbox');
    expect(header).toHaveValue('');
    expect(page).toHaveValue('م'.repeat(200));
    for (const box of [header, page]) expect(box).toHaveAttribute('maxLength', '200');
  });

  it('keeps what was typed in its own direction: "Hello!" in an Arabic sentence is not drawn "!Hello"', async () => {
    await render('ar', 'Hello!');
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.querySelector('bdi')).toHaveTextContent(/^Hello!$/);
    expect(paragraph('لا توجد نتائج لـ«Hello!».').querySelector('bdi')).toHaveTextContent(/^Hello!$/);
    // Spoken in the English voice, as the headlines it would find are.
    expect(heading.querySelector('bdi')).toHaveAttribute('lang', 'en');
    expect(paragraph('لا توجد نتائج لـ«Hello!».').querySelector('bdi')).toHaveAttribute('lang', 'en');
    // In the tab's title, isolates do what <bdi> does; a control typed into the query is dropped first.
    const meta = await generateMetadata({ params: params('ar'), searchParams: query('Hello!\u202E') });
    expect(meta.title).toBe('نتائج البحث عن «\u2068Hello!\u2069»');
  });

  it('reads an Arabic query that opens with a Latin name right to left, in the heading, the box and the title', async () => {
    // First-strong would lay "SpaceX تخطط" out left to right: the Arabic word drawn before the name.
    await render('ar', 'SpaceX تخطط');
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.querySelector('bdi')).toHaveAttribute('dir', 'rtl');
    expect(heading.querySelector('bdi')).toHaveTextContent(/^SpaceX تخطط$/);
    // A query in both scripts stays in the page's language; an Arabic one on the English page is Arabic.
    expect(heading.querySelector('bdi')).not.toHaveAttribute('lang');
    await render('en', 'اقتصاد');
    expect(screen.getAllByRole('heading', { level: 1 }).at(-1)!.querySelector('bdi')).toHaveAttribute('lang', 'ar');
    expect(screen.getByDisplayValue('SpaceX تخطط')).toHaveAttribute('dir', 'rtl');
    const meta = await generateMetadata({ params: params('ar'), searchParams: query('SpaceX تخطط') });
    expect(meta.title).toBe('نتائج البحث عن «\u2067SpaceX تخطط\u2069»');
    // The English edition leaves direction to the first letter.
    await render('en', 'SpaceX تخطط');
    expect(screen.getAllByRole('heading', { level: 1 }).at(-1)!.querySelector('bdi')).not.toHaveAttribute('dir');
  });

  it('links the language switch to the same search in the other edition', async () => {
    await render('ar', 'مصر');
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('href', `/en/search?q=${encodeURIComponent('مصر')}`);
  });

  it('is titled by the query and kept out of search engines (noindex, follow)', async () => {
    const meta = await generateMetadata({ params: params('ar'), searchParams: query('المدرسة') });
    expect(meta.title).toBe('نتائج البحث عن «\u2067المدرسة\u2069»');
    expect(meta.robots).toEqual({ index: false, follow: true });
    expect((await generateMetadata({ params: params('en'), searchParams: query() })).title).toBe('Search');
  });
});
