/** Types for scripts/lib/headline-words.mjs. */
export function headlineWords(titles: readonly string[]): string[];
