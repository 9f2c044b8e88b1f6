/** Types for scripts/unicode-range.mjs (used by the subsetting script and the font tests). */
export function declaredUnicodeRange(fontsModuleSource: string): string;
export function codePointsOf(unicodeRange: string): number[];
