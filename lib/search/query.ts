import { words } from './normalize';

/**
 * What a reader typed into the search box, read once, here: how long a query may be, what is
 * stripped from it, when it is junk, and which result page was asked for. The page and the
 * content sources only ever see a query that passed (SearchQuery of kind 'ok').
 */

/** Characters, as the reader counts them. A headline is at most 200; nobody searches with more. */
export const MAX_QUERY_LENGTH = 200;

/** Search pages are never indexed (one per query anyone types) but their links are followed: header and meta say so. */
export const SEARCH_ROBOTS = 'noindex, follow';

/** Results per page, and the deepest page served (the database never ranks past 1,000 stories for one query). */
export const SEARCH_PAGE_SIZE = 20;
export const MAX_SEARCH_PAGE = 50;

/**
 * Invisible or decorative characters that carry no search meaning, and some of which reorder what
 * the page would echo back: bidi marks and controls (U+061C, U+200E–U+200F, U+202A–U+202E,
 * U+2066–U+2069), every other control and format character (zero-width joiners, BOM), emoji and
 * their modifiers, variation selectors, keycaps and flags.
 */
const STRIPPED = /[\p{Cc}\p{Cf}\p{Extended_Pictographic}\p{Emoji_Modifier}\u{FE00}-\u{FE0F}\u{20E3}\u{1F1E6}-\u{1F1FF}\u{E0020}-\u{E007F}]/gu;

export type SearchQuery =
  /** Nothing typed: the search page with its box. */
  | { kind: 'empty' }
  /** Past MAX_QUERY_LENGTH: refused before anything reads it; `text`, its first MAX_QUERY_LENGTH characters, goes back into the box to be shortened. */
  | { kind: 'too-long'; length: number; text: string }
  /** Only punctuation, emoji, stop-words or single letters: nothing to search for. */
  | { kind: 'junk'; text: string }
  | { kind: 'ok'; text: string };

/** `?q=` as the URL gave it (a repeated parameter: the first). */
export function parseSearchQuery(raw: string | string[] | undefined): SearchQuery {
  const value = (Array.isArray(raw) ? raw[0] : raw) ?? '';
  if (!value.trim()) return { kind: 'empty' };
  const characters = [...value.trim()];
  if (characters.length > MAX_QUERY_LENGTH) return { kind: 'too-long', length: characters.length, text: cleaned(characters.slice(0, MAX_QUERY_LENGTH).join('')) };
  const text = cleaned(value);
  if (!text) return { kind: 'junk', text: '' };
  return words(text).length ? { kind: 'ok', text } : { kind: 'junk', text };
}

/** Whitespace of any kind first becomes a space (a tab or newline is a control character too), then STRIPPED goes. */
function cleaned(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').replace(STRIPPED, '').replace(/ {2,}/g, ' ').trim();
}

/** `?page=`: 1 unless it is a plain number from 1 to 99999 (the page says so when it is past the last). */
export function parseSearchPage(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value && /^[1-9][0-9]{0,4}$/.test(value) ? Number(value) : 1;
}
