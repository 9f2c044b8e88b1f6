import { ArticleView } from '@/components/article/ArticleView';
import { makeArticle } from '../../support/content';
import { serverHtml } from '../../support/render';

describe('a printed article', () => {
  it('ends with its address, in a paragraph only print shows, kept left-to-right inside Arabic', () => {
    const url = 'https://www.alwafd.news/news/501';
    const html = serverHtml(<ArticleView article={makeArticle(501)} url={url} related={[]} />);
    expect(html).toContain(`<p class="mt-8 hidden border-t border-rule pt-2 text-sm print:block">رابط الخبر: <bdi dir="ltr">${url}</bdi></p>`);
  });

  it('leaves out what paper cannot use: the share bar, breadcrumb, tags, related stories and the picture', () => {
    const html = serverHtml(<ArticleView article={makeArticle(501)} url="https://www.alwafd.news/news/501" related={[makeArticle(502)]} />);
    for (const landmark of [/<nav aria-label="شارك الخبر" class="[^"]*print:hidden/, /<nav aria-label="مسار التصفح" class="[^"]*print:hidden/, /<section aria-labelledby="article-tags" class="[^"]*print:hidden/, /<section aria-labelledby="related-articles" class="[^"]*print:hidden/, /<figure class="[^"]*print:hidden/]) {
      expect(html).toMatch(landmark);
    }
  });
});
