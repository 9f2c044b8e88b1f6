import { screen } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import LocaleLayout, { generateMetadata as layoutMetadata } from '@/app/[locale]/layout';
import ArticlePage, { generateMetadata, generateStaticParams } from '@/app/[locale]/news/[id]/page';
import { renderInLocale } from '../../../support/render';
import { withIntl } from '../../../support/intl';

jest.mock('next/navigation', () => ({
  notFound: () => {
    throw new Error('NEXT_NOT_FOUND');
  },
  permanentRedirect: (to: string) => {
    throw new Error(`NEXT_REDIRECT 308 ${to}`);
  },
}));

const params = (locale: string, id: string) => Promise.resolve({ locale, id });

describe('article page (server render)', () => {
  it('renders <html lang="ar" dir="rtl"> for Arabic and lang="en" dir="ltr" for English', async () => {
    const ar = renderToStaticMarkup(withIntl(await LocaleLayout({ children: <p />, params: Promise.resolve({ locale: 'ar' }) })));
    expect(ar).toMatch(/^<html lang="ar" dir="rtl"/);
    const en = renderToStaticMarkup(withIntl(await LocaleLayout({ children: <p />, params: Promise.resolve({ locale: 'en' }) }), 'en'));
    expect(en).toMatch(/^<html lang="en" dir="ltr"/);
  });

  it('renders the seed headline in the h1 under the masthead, with header and footer mastheads', async () => {
    renderInLocale(await ArticlePage({ params: params('ar', '1001') }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('SpaceX تخطط للاكتتاب العام..');
    expect(screen.getAllByText('ياسر شورى')).toHaveLength(2);
    expect(screen.getAllByText('رئيس حزب الوفد ورئيس مجلس الإدارة')).toHaveLength(2);
    // The site header is the page's first <header>; the article has its own.
    expect(document.querySelector('header')).toHaveTextContent('سامي أبو العز');
    expect(screen.getByRole('contentinfo')).toHaveTextContent('سامي أبو العز');
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/news/1010');
  });

  it('answers 404 for unknown, non-numeric and overflowing ids', async () => {
    for (const id of ['999999999', 'abc', '1e309', '99999999999999999999']) {
      await expect(ArticlePage({ params: params('ar', id) })).rejects.toThrow('NEXT_NOT_FOUND');
    }
  });

  it('sends an article requested under the other edition to its canonical URL', async () => {
    await expect(ArticlePage({ params: params('en', '1001') })).rejects.toThrow('NEXT_REDIRECT 308 /news/1001');
  });

  it('prerenders each edition’s articles', () => {
    expect(generateStaticParams({ params: { locale: 'ar' } })).toContainEqual({ id: '1001' });
    expect(generateStaticParams({ params: { locale: 'en' } })).not.toContainEqual({ id: '1001' });
  });

  it('titles the page "headline | الوفد" with canonical and hreflang alternates', async () => {
    const layout = await layoutMetadata({ params: Promise.resolve({ locale: 'ar' }) });
    expect(layout.title).toEqual({ default: 'الوفد', template: '%s | الوفد' });
    const meta = await generateMetadata({ params: params('ar', '1001') });
    expect(meta.title).toBe('SpaceX تخطط للاكتتاب العام.. حلم مراكز البيانات في الفضاء يواجه تحديات ضخمة');
    expect(meta.alternates?.canonical).toBe('https://www.alwafd.news/news/1001');
    expect(meta.alternates?.languages).toEqual({
      ar: 'https://www.alwafd.news/news/1001',
      en: 'https://www.alwafd.news/en/news/1010',
      'x-default': 'https://www.alwafd.news/news/1001',
    });
  });
});
