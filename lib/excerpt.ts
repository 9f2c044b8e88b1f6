/**
 * A summary shortened for a card or a list: cut at the last word boundary that fits, trailing
 * punctuation and dots dropped, one ellipsis character added. The one helper every list uses, so
 * no card ever ends mid-word ("الاقتص…") or with four dots ("الطاقة....") — the old site did both.
 */
export const ELLIPSIS = '…';

/** Punctuation that ends a word: Latin and Arabic (، ؛ ؟), dots and the ellipsis. */
const PUNCTUATION = /[.,;:!?\u060C\u061B\u061F\u2026]/u;

/**
 * What may not end a shortened text: spaces, punctuation (so the Arabic headline's pause ".."
 * never becomes "..…"), dashes, and quotes or brackets that open what the cut leaves out. A closing
 * one stays: «تاريخي»… — dropping it would leave a quote that opens and never closes.
 */
const DANGLING = /[\s.,;:!?\u060C\u061B\u061F\u2026\-\u2013\u2014«“‘(\[{]/u;

/** A straight quote opens when nothing but a space comes before it ("said "), and closes otherwise. */
const STRAIGHT_QUOTE = /["']/;

/** `text` without what may not end it (above), however many such characters it ends with. */
function withoutDanglingEnd(text: string): string {
  let end = text.length;
  while (end > 0) {
    const last = text[end - 1]!;
    const opensStraight = STRAIGHT_QUOTE.test(last) && (end === 1 || /\s/.test(text[end - 2]!));
    if (!DANGLING.test(last) && !opensStraight) break;
    end--;
  }
  return text.slice(0, end);
}

/**
 * Whether the text may be cut just before chars[i]: at a space, or at punctuation that ends a word
 * ("السويس.. لماذا", "first, second") — not inside "3.5" or "U.S.", where a letter follows it.
 */
function isBoundary(chars: readonly string[], i: number): boolean {
  const here = chars[i]!;
  if (/\s/.test(here)) return true;
  const next = chars[i + 1];
  return PUNCTUATION.test(here) && (next === undefined || /\s/.test(next) || PUNCTUATION.test(next));
}

/** Three or more dots, or dots around an ellipsis: what "...." was meant to say. */
const DOT_RUN = /(?:\.{3,}|\.*\u2026[.\u2026]*|\.+\u2026)/gu;

/**
 * `text` when it has at most `max` characters, else its longest run of whole words that fits, plus
 * "…". Either way runs of dots read as one ellipsis; the Arabic pause ".." stays as written.
 */
export function excerpt(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').replace(DOT_RUN, ELLIPSIS).trim();
  const chars = Array.from(clean);
  if (chars.length <= max) return clean;
  // The last boundary at or before the limit: a boundary right at `max` means the word before it fits whole.
  let cut = max;
  while (cut > 0 && !isBoundary(chars, cut)) cut--;
  // One word longer than the limit: kept whole rather than cut inside it.
  if (cut === 0) cut = chars.findIndex((_, i) => i > 0 && isBoundary(chars, i));
  const kept = withoutDanglingEnd(chars.slice(0, cut === -1 ? undefined : cut).join(''));
  return kept ? `${kept}${ELLIPSIS}` : '';
}
