import { SearchView } from '@/components/search/SearchView';
import { parseSearchQuery, SEARCH_PAGE_SIZE } from '@/lib/search/query';
import { SEARCH_PAGE_SIZE as FULL_PAGE, searchResultsShown } from '../../scripts/lib/scale/answers.mjs';
import { makeArticle } from '../support/content';
import { serverHtml } from '../support/render';

/**
 * bench:scale tells a full search page from a short one by reading the page it was sent
 * (scripts/lib/scale/answers.mjs): read here from the search page's own markup, so a change to it
 * that the benchmark would misread fails this test.
 */
describe('bench:scale reads how many results a search page shows', () => {
  const page = (count: number, pageNumber = 1) =>
    serverHtml(
      <SearchView
        locale="ar"
        query={parseSearchQuery('مجلس النواب')}
        page={pageNumber}
        results={{ items: Array.from({ length: count }, (_, i) => makeArticle(2000 + i, { title: `مجلس النواب ${i}` })), page: pageNumber, hasNext: count === 20 }}
      />,
    );

  it('counts each result listed, on the first page and later ones', () => {
    expect(FULL_PAGE).toBe(SEARCH_PAGE_SIZE);
    expect(searchResultsShown(page(20))).toBe(20);
    expect(searchResultsShown(page(3, 4))).toBe(3);
  });

  it('reads a page without results as none', () => {
    expect(searchResultsShown(page(0))).toBe(0);
    expect(searchResultsShown(serverHtml(<SearchView locale="ar" query={parseSearchQuery('')} page={1} />))).toBe(0);
  });
});
