import { words } from './normalize';

/**
 * Names the paper writes in Latin letters inside its Arabic text ("SpaceX", "The Wall Street
 * Journal"), as Egyptian papers write brands and foreign titles, and that readers type in Arabic
 * letters («سبيس إكس», «وول ستريت جورنال»). Letters alone cannot tell that one is the other, so the
 * newsroom keeps the list: each name with the spellings readers type (cms/collections/LatinNames.ts).
 *
 * A query that found nothing as typed is searched again with each listed spelling in it replaced by
 * its name — before any single word is respelled (lib/search/respell), and told on the page the same
 * way («لم نجد نتائج لـ«سبيس إكس»، فعرضنا نتائج «SpaceX»»). Only then: a story that writes the name in
 * Arabic letters is still found by the reader's own spelling, and a query that finds something costs
 * nothing more.
 */
export interface LatinName {
  /** As the stories write it. */
  name: string;
  /** As readers type it, one spelling a line (the admin's text box). */
  spellings: string;
}

/** Whether a text has a Latin letter: a name must, a reader's spelling of it must not. */
export function hasLatinLetter(text: string): boolean {
  return /\p{Script=Latin}/u.test(text);
}

/** A name's length in characters, and a spelling's, at most; and how many spellings one name lists. */
export const LATIN_NAME_MAX_LENGTH = 100;
export const SPELLING_MAX_LENGTH = 60;
export const MAX_SPELLINGS = 20;

/** The text box's lines that say something: one spelling each. */
export function spellingLines(spellings: string): string[] {
  return spellings
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** One listed spelling as search reads it, and the name it stands for. */
interface FoldedSpelling {
  spelling: readonly string[];
  /** The name's words, and the name as the stories write it. */
  name: readonly string[];
  written: string;
}

/**
 * The list as search reads it (lib/search/normalize's words): each spelling under its first word, the
 * longer first, then in the list's order — so a query looks up each of its words once.
 */
export type FoldedNames = ReadonlyMap<string, readonly FoldedSpelling[]>;

/**
 * Folded here, as search reads a query (lib/search/normalize: the database's alwafd_search_words, checked
 * against it by __tests__/integration/search.test.ts). In TypeScript rather than SQL: the database's
 * functions took 0.6 ms for six names, and a newsroom's list runs to hundreds.
 */
export function foldLatinNames(names: readonly LatinName[]): FoldedNames {
  const byFirstWord = new Map<string, FoldedSpelling[]>();
  for (const { name: written, spellings } of names) {
    const name = words(written);
    for (const spelling of spellingLines(spellings).map(words)) {
      if (!spelling.length || !name.length || spelling.join(' ') === name.join(' ')) continue;
      const list = byFirstWord.get(spelling[0]!) ?? [];
      list.push({ spelling, name, written });
      byFirstWord.set(spelling[0]!, list);
    }
  }
  // Stable: equally long spellings keep the list's order.
  for (const list of byFirstWord.values()) list.sort((a, b) => b.spelling.length - a.spelling.length);
  return byFirstWord;
}

let folded: { key: string; names: FoldedNames } | undefined;

/** foldLatinNames for the database's list, read for each search that found nothing: folded again only when an editor changed it. */
export function foldLatinNamesOnce(names: readonly LatinName[]): FoldedNames {
  const key = JSON.stringify(names);
  if (folded?.key !== key) folded = { key, names: foldLatinNames(names) };
  return folded.names;
}

const sameWords = (a: readonly string[], at: number, b: readonly string[]) => b.every((word, i) => a[at + i] === word);

/** A query with names in Latin letters in place of the reader's spellings of them. */
export interface Named {
  /** The words searched. */
  words: string[];
  /** The names put in, as the stories write them: how the page names what it searched. */
  names: string[];
}

/**
 * The query's words with each listed spelling in them — a run of whole words in the reader's order —
 * replaced by its name's words; undefined when none is there. Where two spellings could start at one
 * word the longer is taken («وول ستريت جورنال» before «وول ستريت»), then the one listed first.
 */
export function withLatinNames(query: readonly string[], names: FoldedNames): Named | undefined {
  const out: string[] = [];
  const put = new Set<string>();
  for (let at = 0; at < query.length; ) {
    const found = names.get(query[at]!)?.find(({ spelling }) => sameWords(query, at, spelling));
    if (found) {
      out.push(...found.name);
      put.add(found.written);
      at += found.spelling.length;
    } else out.push(query[at++]!);
  }
  return put.size ? { words: [...new Set(out)], names: [...put] } : undefined;
}
