import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import LocaleLayout, { generateMetadata as layoutMetadata } from '@/app/[locale]/layout';
import ArticlePage, { generateMetadata, generateStaticParams } from '@/app/[locale]/news/[id]/page';
import { renderInLocale } from '../../../support/render';
import { withIntl } from '../../../support/intl';
import { makeArticle, MASTHEAD, translationPair, serveContent } from '../../../support/content';

jest.mock('next/navigation', () => ({
  notFound: () => {
    throw new Error('NEXT_NOT_FOUND');
  },
  permanentRedirect: (to: string) => {
    throw new Error(`NEXT_REDIRECT 308 ${to}`);
  },
}));

const params = (locale: string, id: string) => Promise.resolve({ locale, id });

const [arabic, english] = translationPair(
  makeArticle(501, { title: 'عنوان الخبر الرئيسي', section: 'technology' }),
  makeArticle(502, { locale: 'en', title: 'The main story' }),
);
const neighbours = [504, 505, 506, 507, 508, 509].map((id) => makeArticle(id, { section: 'technology' }));
serveContent({
  articles: [arabic, english, makeArticle(503), ...neighbours],
  reads: [
    { id: 503, hour: new Date(Date.now() - 3_600_000).toISOString(), views: 9 },
    { id: 501, hour: new Date(Date.now() - 3_600_000).toISOString(), views: 4 },
  ],
});

describe('article page (server render)', () => {
  it('renders <html lang="ar" dir="rtl"> for Arabic and lang="en" dir="ltr" for English', async () => {
    const ar = renderToStaticMarkup(withIntl(await LocaleLayout({ children: <p />, params: Promise.resolve({ locale: 'ar' }) })));
    expect(ar).toMatch(/^<html lang="ar" dir="rtl"/);
    const en = renderToStaticMarkup(withIntl(await LocaleLayout({ children: <p />, params: Promise.resolve({ locale: 'en' }) }), 'en'));
    expect(en).toMatch(/^<html lang="en" dir="ltr"/);
  });

  it('renders the headline in the h1, with the masthead in header and footer and a link to the translation', async () => {
    renderInLocale(await ArticlePage({ params: params('ar', '501') }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('عنوان الخبر الرئيسي');
    for (const { role, name } of MASTHEAD) {
      expect(screen.getAllByText(name.ar)).toHaveLength(2);
      expect(screen.getAllByText(role.ar)).toHaveLength(2);
    }
    // The site header is the page's first <header>; the article has its own.
    expect(document.querySelector('header')).toHaveTextContent(MASTHEAD[0]!.name.ar);
    expect(screen.getByRole('contentinfo')).toHaveTextContent(MASTHEAD[1]!.name.ar);
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/news/502');
  });

  it('answers 404 for unknown, non-numeric and overflowing ids', async () => {
    for (const id of ['999999999', 'abc', '1e309', '99999999999999999999']) {
      await expect(ArticlePage({ params: params('ar', id) })).rejects.toThrow('NEXT_NOT_FOUND');
    }
  });

  it('sends an article requested under the other edition to its canonical URL', async () => {
    await expect(ArticlePage({ params: params('en', '501') })).rejects.toThrow('NEXT_REDIRECT 308 /news/501');
  });

  it('puts the edition’s most read and the section’s newest other stories beside the text, after it in the page', async () => {
    renderInLocale(await ArticlePage({ params: params('ar', '507') }));
    const aside = screen.getByRole('complementary', { name: 'مزيد من القراءة' });
    expect(document.querySelector('article')!.compareDocumentPosition(aside) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const ranking = within(aside).getByRole('region', { name: /الأكثر قراءة/ });
    expect(within(ranking).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['/news/503', '/news/501']);
    const latest = within(aside).getByRole('region', { name: 'الأحدث في التكنولوجيا' });
    // Newest first, never the story itself, nor one already shown as related (509, 508, 506, 505 here).
    expect(within(within(latest).getByRole('list')).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['/news/504']);
  });

  it('never links the story to itself, and the section’s latest repeats no story shown as related or most read', async () => {
    renderInLocale(await ArticlePage({ params: params('ar', '507') }));
    const stories = within(screen.getByRole('main'))
      .getAllByRole('link')
      .map((a) => a.getAttribute('href')!)
      .filter((href) => /^\/news\/\d+$/.test(href));
    expect(stories).not.toContain('/news/507');
    expect(stories.sort()).toEqual(['/news/501', '/news/503', '/news/504', '/news/505', '/news/506', '/news/508', '/news/509']);
  });

  it('prerenders each edition’s articles', async () => {
    expect(await generateStaticParams({ params: { locale: 'ar' } })).toEqual([
      { id: '509' },
      { id: '508' },
      { id: '507' },
      { id: '506' },
      { id: '505' },
      { id: '504' },
      { id: '503' },
      { id: '501' },
    ]);
    expect(await generateStaticParams({ params: { locale: 'en' } })).toEqual([{ id: '502' }]);
  });

  it('titles the page "headline | الوفد" with canonical and hreflang alternates', async () => {
    const layout = await layoutMetadata({ params: Promise.resolve({ locale: 'ar' }) });
    expect(layout.title).toEqual({ default: 'الوفد', template: '%s | الوفد' });
    const meta = await generateMetadata({ params: params('ar', '501') });
    expect(meta.title).toBe('عنوان الخبر الرئيسي');
    expect(meta.alternates?.canonical).toBe('https://www.alwafd.news/news/501');
    expect(meta.alternates?.languages).toEqual({
      ar: 'https://www.alwafd.news/news/501',
      en: 'https://www.alwafd.news/en/news/502',
      'x-default': 'https://www.alwafd.news/news/501',
    });
  });
});
