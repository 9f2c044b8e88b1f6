/**
 * What a page showed, read from its HTML the way bench:scale receives it (scripts/bench-scale.mjs).
 */

/**
 * How many results a search page lists: its results are the page's one list numbered from a
 * `start` (components/search/SearchView.tsx), one <li> per story; a page without results has none.
 */
export function searchResultsShown(html) {
  const list = /<ol\b[^>]*\bstart="\d+"[^>]*>([\s\S]*?)<\/ol>/.exec(html);
  return list ? (list[1].match(/<li\b/g) ?? []).length : 0;
}
