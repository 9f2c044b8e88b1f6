import type { Locale } from '@/lib/locales';

/**
 * Text that came from outside (an editor, a URL) before it reaches a reader. Bidirectional
 * embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) can reverse what a
 * reader sees — "gpj.exe" drawn as "exe.jpg" — and an unclosed one leaks into whatever follows
 * it (a <title>, a feed, a card). Content is refused when it carries them (the schemas), and every
 * place that prints outside text neutralises them as well. The marks Arabic text legitimately
 * needs stay: RIGHT-TO-LEFT MARK U+200F, LEFT-TO-RIGHT MARK U+200E and ARABIC LETTER MARK U+061C.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function hasBidiControls(text: string): boolean {
  return /[\u202A-\u202E\u2066-\u2069]/.test(text);
}

/** The text without bidi embedding/override/isolate controls. */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/**
 * Text of unknown direction set inside a sentence of plain text (a <title>): its controls removed,
 * then the whole of it isolated (FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE), so "Hello!" in an
 * Arabic title stays "Hello!", not "!Hello". In HTML the same is a <bdi>.
 */
export function isolated(text: string): string {
  return `\u2068${withoutBidiControls(text)}\u2069`;
}

/** RIGHT-TO-LEFT MARK: invisible, strong right-to-left; one of the marks Arabic text may carry. */
export const RLM = '\u200F';

/**
 * Letters with a direction of their own: Latin (and Greek, Cyrillic) left to right; Hebrew and Arabic
 * right to left — not the Arabic-Indic digits, the Arabic comma and the like, which are weak.
 */
const STRONG_LTR = /[A-Za-z\u00C0-\u024F\u0370-\u04FF]/;
const STRONG = /[A-Za-z\u00C0-\u024F\u0370-\u04FF\u0590-\u05FF\u0620-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FF\u0700-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;

/**
 * An Arabic line as it leaves the page — a <title>, a link preview's title and description, a feed's
 * item. Apps lay such a line out in the direction of its first letter, so a headline that opens with
 * "SpaceX" is drawn left-to-right, its Arabic words read from the wrong end; a leading RLM makes it
 * right-to-left. Only where needed: other lines leave as they are.
 */
export function rightToLeftLine(text: string, locale: Locale): string {
  if (locale !== 'ar') return text;
  const first = STRONG.exec(text)?.[0];
  return first !== undefined && STRONG_LTR.test(first) ? `${RLM}${text}` : text;
}
