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

/**
 * Control characters (C0, DEL, C1) and the line and paragraph separators U+2028/U+2029: nothing a
 * reader can see, pasted from a wire or a word processor — a headline with U+0007 in it, or a
 * separator that breaks the line in some places it is shown and not in others. Text of several
 * lines (a summary) keeps its tabs and line breaks.
 */
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;
const CONTROLS_BUT_LINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/;

export function hasControlCharacters(text: string, { lines = false }: { lines?: boolean } = {}): boolean {
  return (lines ? CONTROLS_BUT_LINES : CONTROLS).test(text);
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
export function isolated(text: string, dir?: 'rtl'): string {
  // RIGHT-TO-LEFT ISOLATE when the direction is known, else FIRST STRONG ISOLATE.
  return `${dir === 'rtl' ? '\u2067' : '\u2068'}${withoutBidiControls(text)}\u2069`;
}

/** Arabic-script letters (not its digits and punctuation, which are weak), and Latin ones: one list for every rule below. */
const ARABIC_LETTERS = '\u0620-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFC';
/** The harakat and the superscript alef, which ride on the letters. */
const ARABIC_MARKS = '\u064B-\u065F\u0670';
const LATIN_LETTERS = 'A-Za-z\u00C0-\u024F';

const ARABIC_LETTER = new RegExp(`[${ARABIC_LETTERS}]`);

/**
 * The direction of a reader's own words (a search query) on a page of this edition: in the Arabic
 * edition, text with any Arabic letter is right-to-left even when it opens with a Latin name —
 * a query like "SpaceX" followed by Arabic words reads from the right, as the reader typed it. Otherwise undefined: the text's
 * first letter decides (`<bdi>`, `unicode-bidi: plaintext`).
 */
export function readerTextDirection(text: string, locale: Locale): 'rtl' | undefined {
  return locale === 'ar' && ARABIC_LETTER.test(text) ? 'rtl' : undefined;
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

/** A stretch of text and, when it is written in the other edition's script, that edition's language. */
export interface ScriptRun {
  text: string;
  lang?: Locale;
  /**
   * Set when the run must be laid out apart in its own direction: a name ending in "+" ("Disney+",
   * "Apple TV+"), whose sign the bidi algorithm would otherwise give to the Arabic sentence around
   * it and draw before the name ("+Disney"). Only then: isolating every run would tear "iPhone 17"
   * into "17 iPhone", the number no longer following the name.
   */
  dir?: 'ltr';
}

// A Latin run: words that start with a Latin letter, with the digits and marks inside names
// ("GPT-4o", "AT&T", "Dr. Smith", "The Wall Street Journal"), ending on a letter or digit — a full
// stop after it belongs to the Arabic sentence, and a number after it is read in the sentence's voice.
// A "+" that ends a name is the name's ("Disney+", "C++").
const LATIN_WORD = `[${LATIN_LETTERS}](?:[${LATIN_LETTERS}0-9'’&.\\-]*[${LATIN_LETTERS}0-9])?\\+*`;
const LATIN_RUN = new RegExp(`${LATIN_WORD}(?:[\\s.'’&\\-]+${LATIN_WORD})*`, 'g');
// An Arabic run: Arabic letters (harakat and tatweel with them), words joined by spaces.
const ARABIC_WORD = `[${ARABIC_LETTERS}${ARABIC_MARKS}]+`;
const ARABIC_RUN = new RegExp(`${ARABIC_WORD}(?:\\s+${ARABIC_WORD})*`, 'g');

/**
 * Text of one edition cut where it changes script: in the Arabic edition each Latin run (a name
 * like "SpaceX" or "The Wall Street Journal") is English, in the English edition each Arabic run is
 * Arabic, so a screen reader speaks it in that language's voice instead of spelling it out or
 * mispronouncing it. Direction is left to the bidi algorithm, which orders such runs — except a
 * name ending in a sign it would move (ScriptRun.dir).
 */
export function scriptRuns(text: string, locale: Locale): ScriptRun[] {
  const pattern = locale === 'ar' ? LATIN_RUN : ARABIC_RUN;
  const lang: Locale = locale === 'ar' ? 'en' : 'ar';
  const runs: ScriptRun[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index) });
    runs.push({ text: match[0], lang, ...(match[0].endsWith('+') && { dir: 'ltr' as const }) });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}

/**
 * The other edition's language when all of a text's letters are in its script — a picture's alt
 * text, which the newsroom writes once, in Arabic, shown on the English page — so the whole element
 * carries that language (a screen reader speaks it in its voice); undefined for the edition's own
 * words or a mix, whose runs scriptRuns marks.
 */
export function otherEditionLanguage(text: string, locale: Locale): Locale | undefined {
  const runs = scriptRuns(text, locale).filter((run) => STRONG.test(run.text));
  return runs.length > 0 && runs.every((run) => run.lang) ? runs[0]!.lang : undefined;
}
