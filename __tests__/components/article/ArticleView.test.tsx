import { cleanup, screen, within } from '@testing-library/react';
import { ArticleView } from '@/components/article/ArticleView';
import { teaser } from '@/lib/content/memory-source';
import { FIXTURE_IMAGE, makeArticle, WRITER } from '../../support/content';
import { renderInLocale } from '../../support/render';

const PARAGRAPHS = Array.from({ length: 9 }, (_, i) => `الفقرة رقم ${i + 1} من نص الخبر.`);

function renderStory() {
  const article = makeArticle(7, {
    title: 'عنوان يظهر في رأس الصفحة',
    section: 'technology',
    tags: ['الفضاء', 'SpaceX'],
    paragraphs: PARAGRAPHS,
    byline: { name: 'بوابة الوفد', kind: 'desk' },
    publishedAt: '2026-11-24T10:15:00+02:00',
  });
  const related = [makeArticle(8), makeArticle(9), makeArticle(10)].map(teaser);
  renderInLocale(<ArticleView article={article} url="https://www.alwafd.news/news/7" related={related} />);
  return article;
}

describe('ArticleView', () => {
  it('shows the headline as the one h1 and every paragraph in order', () => {
    renderStory();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('عنوان يظهر في رأس الصفحة');
    const body = screen.getAllByRole('article')[0]!; // the story; related cards are articles too
    const paragraphs = [...body.querySelectorAll('.article-body > p')].map((p) => p.textContent);
    expect(paragraphs).toEqual(PARAGRAPHS);
  });

  it('has a breadcrumb home › section, byline, machine-readable times and reading time', () => {
    const article = renderStory();
    const crumbs = within(screen.getByRole('navigation', { name: 'مسار التصفح' })).getAllByRole('link');
    expect(crumbs.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['الرئيسية', '/'],
      ['تكنولوجيا', '/section/technology'],
    ]);
    // The separator is drawn, turned toward the line's end in Arabic: not "›", which some fonts leave pointing back home.
    const trail = screen.getByRole('navigation', { name: 'مسار التصفح' });
    expect(trail).not.toHaveTextContent('›');
    expect(trail.querySelector('li[aria-hidden="true"] svg')).toHaveClass('rtl:-scale-x-100');
    // A desk is not a pen: «من بوابة الوفد», not «بقلم بوابة الوفد».
    expect(screen.getByText('من بوابة الوفد')).toBeInTheDocument();
    const times = document.querySelectorAll('time');
    expect(times[0]).toHaveAttribute('datetime', article.publishedAt);
    expect(times[0]).toHaveTextContent('24 نوفمبر 2026');
    // Whose clock: a reader in the Gulf is an hour ahead of Cairo.
    expect(times[0]!.parentElement).toHaveTextContent(/^نُشر 24 نوفمبر 2026 في 10:15 ص بتوقيت القاهرة$/);
    expect(screen.getByText('دقيقة واحدة للقراءة')).toBeInTheDocument();
  });

  it('tells an English reader the times are Cairo’s, the update after the first publication', () => {
    const article = makeArticle(12, {
      locale: 'en',
      publishedAt: '2026-07-24T10:15:00+03:00',
      updatedAt: '2026-07-24T18:40:00+03:00',
    });
    renderInLocale(<ArticleView article={article} url="https://www.alwafd.news/en/news/12" related={[]} />, 'en');
    const [published, updated] = [...document.querySelectorAll('time')].map((time) => time.parentElement!.textContent);
    expect(published).toBe('Published 24 July 2026 at 10:15 Cairo time');
    expect(updated).toBe('Updated 24 July 2026 at 18:40');
  });

  it('in an editor’s preview, never says «نُشر» of a version not out yet: not published, or when it will be', () => {
    const draft = makeArticle(13, { publishedAt: '2026-11-24T10:15:00+02:00', updatedAt: '2026-11-24T11:00:00+02:00', pending: 'unpublished' });
    renderInLocale(<ArticleView article={draft} url="https://www.alwafd.news/news/13" related={[]} />);
    expect(screen.getByText('لم يُنشر بعد')).toBeInTheDocument();
    expect(document.querySelector('time')).toBeNull();
    expect(document.body).not.toHaveTextContent(/نُشر|آخر تحديث/);
    cleanup();

    const scheduled = makeArticle(14, { locale: 'en', publishedAt: '2026-12-24T08:00:00+02:00', pending: 'scheduled' });
    renderInLocale(<ArticleView article={scheduled} url="https://www.alwafd.news/en/news/14" related={[]} />, 'en');
    expect(document.querySelector('time')!.parentElement).toHaveTextContent(/^To be published 24 December 2026 at 08:00 Cairo time$/);
    expect(document.querySelector('time')).toHaveAttribute('datetime', scheduled.publishedAt);
  });

  it('signs a reporter’s story «بقلم»: a person’s pen', () => {
    renderInLocale(<ArticleView article={makeArticle(11, { byline: { name: 'سلمى حسن', kind: 'person' } })} url="https://www.alwafd.news/news/11" related={[]} />);
    expect(screen.getByText('بقلم سلمى حسن')).toBeInTheDocument();
  });

  it('shows the hero image with its caption and intrinsic size', () => {
    renderStory();
    const figure = screen.getByRole('figure');
    const img = within(figure).getByRole('img');
    expect(img).toHaveAttribute('width', '1600');
    expect(img).toHaveAttribute('height', '900');
    expect(img).toHaveAttribute('alt', FIXTURE_IMAGE.alt);
    expect(within(figure).getByText(FIXTURE_IMAGE.caption).tagName).toBe('FIGCAPTION');
  });

  it('draws no caption under a picture the newsroom left without one', () => {
    renderInLocale(<ArticleView article={makeArticle(13, { image: { ...FIXTURE_IMAGE, caption: '' } })} url="https://www.alwafd.news/news/13" related={[]} />);
    expect(within(screen.getByRole('figure')).getByRole('img')).toHaveAttribute('alt', FIXTURE_IMAGE.alt);
    expect(document.querySelector('figcaption')).toBeNull();
  });

  it('gives an Arabic alt text on the English page its language, and the edition’s own none', () => {
    const english = makeArticle(12, { locale: 'en', title: 'A story', image: { ...FIXTURE_IMAGE, alt: 'صورة زرقاء للاختبار' } });
    renderInLocale(<ArticleView article={english} url="https://www.alwafd.news/en/news/12" related={[]} />, 'en');
    const img = within(screen.getByRole('figure')).getByRole('img', { name: 'صورة زرقاء للاختبار' });
    expect(img).toHaveAttribute('lang', 'ar');
    expect(img).toHaveAttribute('dir', 'rtl');
    cleanup();
    renderStory();
    expect(within(screen.getByRole('figure')).getByRole('img')).not.toHaveAttribute('lang');
  });

  it('has no figure at all for a story without a picture', () => {
    renderInLocale(<ArticleView article={makeArticle(11, { image: null })} url="https://www.alwafd.news/news/11" related={[]} />);
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('خبر 11');
  });

  it('links every tag to its tag page and lists the related stories', () => {
    renderStory();
    const tags = within(screen.getByRole('region', { name: 'الوسوم' })).getAllByRole('link');
    expect(tags.map((a) => a.getAttribute('href'))).toEqual([`/tag/${encodeURIComponent('الفضاء')}`, '/tag/SpaceX']);
    const related = within(screen.getByRole('region', { name: 'اقرأ أيضًا' })).getAllByRole('heading', { level: 3 });
    expect(related.map((h) => h.textContent)).toEqual(['خبر 8', 'خبر 9', 'خبر 10']);
  });
});

describe('ArticleView beside its column', () => {
  it('keeps the side column only when there is something to put in it', () => {
    const article = makeArticle(7);
    const { container, unmount } = renderInLocale(<ArticleView article={article} url="https://www.alwafd.news/news/7" related={[]} aside={<aside aria-label="side" />} />);
    expect(container.firstElementChild).toHaveClass('lg:grid-cols-[minmax(0,1fr)_19rem]');
    unmount();
    // None: the story is one centred column, with no empty third of the page beside it.
    const alone = renderInLocale(<ArticleView article={article} url="https://www.alwafd.news/news/7" related={[]} />);
    expect(alone.container.firstElementChild).not.toHaveClass('lg:grid');
    expect(alone.container.firstElementChild).toHaveClass('mx-auto');
  });
});

describe('ArticleView with a correction', () => {
  it('prints the correction under the story with its date', () => {
    const article = makeArticle(12, { correction: { text: 'صُحح اسم المحطة.', at: '2026-11-29T10:00:00+02:00' } });
    renderInLocale(<ArticleView article={article} url="https://www.alwafd.news/news/12" related={[]} />);
    const box = screen.getByRole('complementary', { name: /تصحيح/ });
    expect(box).toHaveTextContent('صُحح اسم المحطة.');
    expect(within(box).getByText('29 نوفمبر 2026').tagName).toBe('TIME');
  });

  it('says the story was updated when it was corrected, after its last revision', () => {
    const article = makeArticle(12, {
      locale: 'en',
      publishedAt: '2026-11-24T10:15:00+02:00',
      updatedAt: '2026-11-25T09:00:00+02:00',
      correction: { text: 'The station’s name was corrected.', at: '2026-12-01T10:00:00+02:00' },
    });
    renderInLocale(<ArticleView article={article} url="https://www.alwafd.news/en/news/12" related={[]} />, 'en');
    const updated = [...document.querySelectorAll('time')].find((time) => time.parentElement!.textContent!.startsWith('Updated'))!;
    expect(updated).toHaveAttribute('datetime', '2026-12-01T10:00:00+02:00');
    expect(updated.parentElement).toHaveTextContent('Updated 1 December 2026 at 10:00');
  });

  it('says a story corrected but never revised was updated', () => {
    const article = makeArticle(12, { publishedAt: '2026-11-24T10:15:00+02:00', correction: { text: 'صُحح اسم المحطة.', at: '2026-12-01T10:00:00+02:00' } });
    renderInLocale(<ArticleView article={article} url="https://www.alwafd.news/news/12" related={[]} />);
    const updated = [...document.querySelectorAll('time')].find((time) => time.parentElement!.textContent!.startsWith('آخر تحديث'));
    expect(updated).toHaveAttribute('datetime', '2026-12-01T10:00:00+02:00');
  });
});

describe('ArticleView of a column piece', () => {
  const piece = makeArticle(13, { writer: WRITER, title: 'عنوان المقال' });

  it('prints the column’s name above the headline, labelled as opinion', () => {
    renderInLocale(<ArticleView article={piece} url="https://www.alwafd.news/news/13" related={[]} />);
    const kicker = document.querySelector('article header h1')!.previousElementSibling!;
    expect(kicker).toHaveTextContent(`رأي ${WRITER.column.ar}`);
  });

  it('shows the writer’s portrait (with its alt text), name linked to their page, and column, instead of a plain byline', () => {
    renderInLocale(<ArticleView article={piece} url="https://www.alwafd.news/news/13" related={[]} />);
    const link = screen.getByRole('link', { name: WRITER.name.ar });
    expect(link).toHaveAttribute('href', '/writer/fixture-writer');
    expect(screen.getByRole('img', { name: WRITER.photo!.alt.ar })).toBeInTheDocument();
    expect(screen.queryByText(`بقلم ${WRITER.name.ar}`)).not.toBeInTheDocument();
    expect(screen.getAllByText(WRITER.column.ar!).length).toBeGreaterThanOrEqual(2);
  });

  it('gives the English piece the English portrait description and the English writer page', () => {
    const english = makeArticle(14, { writer: WRITER, locale: 'en' });
    renderInLocale(<ArticleView article={english} url="https://www.alwafd.news/en/news/14" related={[]} />, 'en');
    expect(screen.getByRole('img', { name: WRITER.photo!.alt.en })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: WRITER.name.en })).toHaveAttribute('href', '/en/writer/fixture-writer');
  });
});

describe('ArticleView of a translation', () => {
  it('says it is translated from the other edition and links to the original, instead of calling it demonstration content', () => {
    const translated = makeArticle(15, { locale: 'en', translationOf: 5, translationId: 5 });
    renderInLocale(<ArticleView article={translated} url="https://www.alwafd.news/en/news/15" related={[]} />, 'en');
    expect(screen.getByText(/Translated from the Arabic edition\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Read the Arabic original' })).toHaveAttribute('href', '/news/5');
    expect(screen.queryByText(/Sample content/)).not.toBeInTheDocument();
  });

  it('still says so while the original cannot be opened (scheduled for later, withdrawn), without a link that would 404', () => {
    const translated = makeArticle(18, { locale: 'en', translationOf: 5 });
    renderInLocale(<ArticleView article={translated} url="https://www.alwafd.news/en/news/18" related={[]} />, 'en');
    expect(screen.getByText('Translated from the Arabic edition.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Read the Arabic original' })).not.toBeInTheDocument();
  });

  it('marks sample content as such, and an original is no translation', () => {
    renderInLocale(<ArticleView article={makeArticle(16, { sample: true, translationId: 17 })} url="https://www.alwafd.news/news/16" related={[]} />);
    expect(screen.getByText('مادة تجريبية للعرض، ليست تقريرًا صحفيًا.')).toBeInTheDocument();
    expect(screen.queryByText(/ترجمة عن/)).not.toBeInTheDocument();
  });

  it('gives words in the other script their language, so a screen reader speaks them in its voice', () => {
    const article = makeArticle(18, {
      title: 'SpaceX تخطط للاكتتاب',
      summary: 'ملخص عن OpenAI.',
      tags: ['SpaceX'],
      paragraphs: ['تحدثت صحيفة The Wall Street Journal، عن 1.5 تريليون.'],
      image: { ...FIXTURE_IMAGE, caption: 'SpaceX' },
      correction: { text: 'صُحح اسم شركة Blue Origin.', at: '2026-12-01T10:00:00+02:00' },
    });
    renderInLocale(<ArticleView article={article} url="https://www.alwafd.news/news/18" related={[]} />);
    const english = (element: Element) => [...element.querySelectorAll('[lang="en"]')].map((span) => span.textContent);
    expect(english(screen.getByRole('heading', { level: 1 }))).toEqual(['SpaceX']);
    expect(english(screen.getByText('ملخص عن', { exact: false }))).toEqual(['OpenAI']);
    const paragraph = document.querySelector('.article-body > p')!;
    // The Arabic comma and the number stay with the Arabic sentence; what a reader sees is unchanged.
    expect(english(paragraph)).toEqual(['The Wall Street Journal']);
    expect(paragraph.textContent).toBe('تحدثت صحيفة The Wall Street Journal، عن 1.5 تريليون.');
    expect(english(document.querySelector('figcaption')!)).toEqual(['SpaceX']);
    expect(english(screen.getByRole('link', { name: 'SpaceX' }))).toEqual(['SpaceX']);
    expect(english(screen.getByText('صُحح اسم شركة', { exact: false }))).toEqual(['Blue Origin']);
  });

  it('draws a name ending in "+" as it is written, in the headline and on its tag: "Disney+", never "+Disney"', () => {
    const article = makeArticle(21, { title: 'Disney+ ترفع أسعارها', tags: ['Disney+'] });
    renderInLocale(<ArticleView article={article} url="https://www.alwafd.news/news/21" related={[]} />);
    const ltr = (element: Element) => [...element.querySelectorAll('[lang="en"][dir="ltr"]')].map((span) => span.textContent);
    expect(ltr(screen.getByRole('heading', { level: 1 }))).toEqual(['Disney+']);
    expect(ltr(screen.getByRole('link', { name: 'Disney+' }))).toEqual(['Disney+']);
  });

  it('marks Arabic words as Arabic in the English edition', () => {
    const article = makeArticle(19, { locale: 'en', title: 'The paper الوفد turns 42', paragraphs: ['Its motto, «الحق فوق القوة», is printed daily.'] });
    renderInLocale(<ArticleView article={article} url="https://www.alwafd.news/en/news/19" related={[]} />, 'en');
    expect([...screen.getByRole('heading', { level: 1 }).querySelectorAll('[lang="ar"]')].map((s) => s.textContent)).toEqual(['الوفد']);
    expect([...document.querySelectorAll('.article-body [lang="ar"]')].map((s) => s.textContent)).toEqual(['الحق فوق القوة']);
  });

  it('keeps the outline without gaps: an editor’s h4 after an h2 is read as an h3', () => {
    const heading = (level: 2 | 3 | 4, text: string) => ({ type: 'heading' as const, level, children: [{ type: 'text' as const, text }] });
    const article = makeArticle(20, { body: [heading(4, 'أول'), heading(2, 'ثان'), heading(4, 'ثالث'), heading(3, 'رابع')] });
    renderInLocale(<ArticleView article={article} url="https://www.alwafd.news/news/20" related={[]} />);
    const levels = [...document.querySelectorAll('.article-body > *')].map((h) => [h.tagName, h.textContent]);
    expect(levels).toEqual([
      ['H2', 'أول'],
      ['H2', 'ثان'],
      ['H3', 'ثالث'],
      ['H3', 'رابع'],
    ]);
  });
});
