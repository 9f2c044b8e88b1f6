/** Types for scripts/lib/scale/answers.mjs, for its unit test. */
export function searchResultsShown(html: string): number;
