import { screen, within } from '@testing-library/react';
import { ArticleView } from '@/components/article/ArticleView';
import { getArticle, listRelated } from '@/lib/content/repository';
import { renderInLocale } from '../../support/render';

const SEED_HEADLINE = 'SpaceX تخطط للاكتتاب العام.. حلم مراكز البيانات في الفضاء يواجه تحديات ضخمة';

function renderSeed() {
  const article = getArticle(1001)!;
  renderInLocale(<ArticleView article={article} url="https://www.alwafd.news/news/1001" related={listRelated(article, 4)} />);
  return article;
}

describe('ArticleView', () => {
  it('shows the seed headline as the one h1 and all nine paragraphs in order', () => {
    renderSeed();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(SEED_HEADLINE);
    const body = screen.getAllByRole('article')[0]!; // the story; related cards are articles too
    const paragraphs = body.querySelectorAll('.article-body > p');
    expect(paragraphs).toHaveLength(9);
    expect(paragraphs[0]).toHaveTextContent(/^يستعد إيلون ماسك لإطلاق عملية اكتتاب عام لشركة SpaceX/);
    expect(paragraphs[5]).toHaveTextContent('"Latency"');
    expect(paragraphs[8]).toHaveTextContent(/إدارة مخاطر غير مسبوقة على مستوى الصناعة\.$/);
  });

  it('has a breadcrumb home › section, byline, machine-readable times and reading time', () => {
    const article = renderSeed();
    const crumbs = within(screen.getByRole('navigation', { name: 'مسار التصفح' })).getAllByRole('link');
    expect(crumbs.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['الرئيسية', '/'],
      ['تكنولوجيا', '/section/technology'],
    ]);
    expect(screen.getByText('بقلم بوابة الوفد')).toBeInTheDocument();
    const times = document.querySelectorAll('time');
    expect(times[0]).toHaveAttribute('datetime', article.publishedAt);
    expect(times[0]).toHaveTextContent('24 نوفمبر 2026');
    expect(screen.getByText(/دقائق للقراءة|دقيقة للقراءة/)).toBeInTheDocument();
  });

  it('shows the hero image with its caption and intrinsic size', () => {
    renderSeed();
    const figure = screen.getByRole('figure');
    const img = within(figure).getByRole('img');
    expect(img).toHaveAttribute('width', '1600');
    expect(img).toHaveAttribute('height', '900');
    expect(img.getAttribute('alt')).not.toBe('');
    expect(within(figure).getByText('SpaceX').tagName).toBe('FIGCAPTION');
  });

  it('links every tag to its tag page and offers 3–5 related stories', () => {
    renderSeed();
    const tags = within(screen.getByRole('region', { name: 'الوسوم' })).getAllByRole('link');
    expect(tags.find((a) => a.textContent === 'SpaceX')).toHaveAttribute('href', '/tag/SpaceX');
    const related = within(screen.getByRole('region', { name: 'اقرأ أيضًا' })).getAllByRole('heading', { level: 3 });
    expect(related.length).toBeGreaterThanOrEqual(3);
    expect(related.length).toBeLessThanOrEqual(5);
  });
});
