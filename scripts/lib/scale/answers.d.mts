/** Types for scripts/lib/scale/answers.mjs, for its unit test. */
export const SEARCH_PAGE_SIZE: number;
export function searchResultsShown(html: string): number;
