/**
 * The `unicode-range` of the site's Arabic web font, read from app/fonts.ts (next/font needs it
 * written there as a literal, so that file is its one source). Shared by the subsetting script
 * and the tests that keep the font file, the declaration and the content in agreement.
 */

/** The range as declared, e.g. "U+060C, U+0621-063A, …". */
export function declaredUnicodeRange(fontsModuleSource) {
  const range = /prop: 'unicode-range',\s*value:\s*'([^']+)'/.exec(fontsModuleSource)?.[1];
  if (!range) throw new Error('app/fonts.ts declares no unicode-range');
  return range;
}

/** Every code point a CSS unicode-range names, in order. */
export function codePointsOf(unicodeRange) {
  const points = [];
  for (const part of unicodeRange.split(',')) {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
    const start = parseInt(from, 16);
    const end = parseInt(to, 16);
    if (!Number.isInteger(start) || !Number.isInteger(end) || end < start) throw new Error(`bad unicode-range part "${part.trim()}"`);
    for (let c = start; c <= end; c++) points.push(c);
  }
  return points;
}
