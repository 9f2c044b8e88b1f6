import { screen } from '@testing-library/react';
import { WriterPage, writerMetadata } from '@/components/writer/WriterPage';
import { writerCardPath } from '@/lib/social-card';
import { makeArticle, makeWriter, serveContent, WRITER } from '../../support/content';
import { renderInLocale } from '../../support/render';

const UNCOLUMNED = makeWriter('guest-writer', { column: {}, name: { ar: 'كاتب ضيف', en: 'A Guest' } });
const MIXED = makeWriter('mixed-writer', { column: { ar: 'من Silicon Valley' }, name: { ar: 'كاتب من الخارج', en: 'A Writer Abroad' }, bio: { ar: 'مراسل سابق لوكالة Reuters في القاهرة.' } });
serveContent({
  articles: [makeArticle(1, { writer: WRITER }), makeArticle(2, { writer: WRITER, locale: 'en' }), makeArticle(3, { writer: UNCOLUMNED }), makeArticle(4, { writer: MIXED })],
  writers: [WRITER, UNCOLUMNED, MIXED],
});

describe('a writer’s page shared as a link', () => {
  it('shows the writer’s own card, in the page’s edition, described by their column and name', async () => {
    for (const locale of ['ar', 'en'] as const) {
      const meta = await writerMetadata({ locale, writer: WRITER.slug });
      const url = `https://www.alwafd.news${writerCardPath(locale, WRITER)}`;
      const alt = locale === 'ar' ? 'عمود ثابت: كاتبة العمود — الوفد' : 'A Fixed Column: The Columnist — Al-Wafd';
      expect(meta.openGraph!.images).toEqual([expect.objectContaining({ url, alt, width: 1200, height: 630 })]);
      expect(meta.twitter!.images).toEqual([{ url, alt }]);
    }
  });

  it('describes the card of a writer without a column by their name', async () => {
    const meta = await writerMetadata({ locale: 'ar', writer: UNCOLUMNED.slug });
    expect(meta.openGraph!.images).toEqual([expect.objectContaining({ url: `https://www.alwafd.news${writerCardPath('ar', UNCOLUMNED)}`, alt: 'كاتب ضيف — الوفد' })]);
  });
});

describe('a writer’s page', () => {
  it('heads their pieces with column, name and bio, words in the other script in their own language', async () => {
    renderInLocale(await WriterPage({ params: { locale: 'ar', writer: MIXED.slug } }));
    const english = (element: Element) => [...element.querySelectorAll('[lang="en"]')].map((span) => span.textContent);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('كاتب من الخارج');
    expect(english(screen.getByText('من', { exact: false, selector: 'p' }))).toEqual(['Silicon Valley']);
    const bio = screen.getByText('مراسل سابق لوكالة', { exact: false });
    expect(bio).toHaveTextContent('مراسل سابق لوكالة Reuters في القاهرة.');
    expect(english(bio)).toEqual(['Reuters']);
    expect(english(screen.getByRole('link', { name: 'خلاصة RSS لمقالات كاتب من الخارج' }))).toEqual(['RSS']);
  });
});
