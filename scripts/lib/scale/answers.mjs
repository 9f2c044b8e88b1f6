/**
 * What a page showed, read from its HTML the way bench:scale receives it (scripts/bench-scale.mjs).
 */

/** Results on a full search page: lib/search/query.ts' SEARCH_PAGE_SIZE (a unit test keeps them equal). */
export const SEARCH_PAGE_SIZE = 20;

/**
 * How many results a search page lists: its results are the page's one list numbered from a
 * `start` (components/search/SearchView.tsx), one <li> per story; a page without results has none.
 */
export function searchResultsShown(html) {
  const list = /<ol\b[^>]*\bstart="\d+"[^>]*>([\s\S]*?)<\/ol>/.exec(html);
  return list ? (list[1].match(/<li\b/g) ?? []).length : 0;
}
