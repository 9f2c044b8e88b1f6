import { likelySubstitute } from './typos';

/**
 * Which known word a misspelled one becomes — one rule for the database and the in-memory source.
 * Trigrams find the candidates (pg_trgm's index, or lib/search/trigram.ts in memory), but they are a
 * poor judge of short words: «مدرسه» and «مدرب» share half their trigrams, and a reader who searched
 * for a school was shown football coaches. So a candidate is taken only when a typist could have
 * made it: at most one slip (a letter missed, added, changed, or two swapped) in a word of up to six
 * letters, two in a longer one.
 */

/**
 * How many of the most alike known words are weighed; the most alike is not always the closest typed.
 * Besides them, the known words among the typed word's swappedSpellings().
 */
export const RESPELL_CANDIDATES = 8;

/**
 * The shortest word respelled: one slip in three letters is a third of the word, and «جيش» (army)
 * is one from «جيف» (carcasses) — a short word missing from the archive is left as typed.
 */
export const MIN_RESPELLED_LENGTH = 4;

/** The shortest word the lexicon learns (search_lexicon's triggers: cms/migrations/20261129_120000_search.ts). */
export const MIN_LEXICON_LENGTH = 3;

export function allowedSlips(word: string): number {
  return [...word].length <= 6 ? 1 : 2;
}

/**
 * Every spelling of `word` with two neighbouring letters swapped — the slip trigrams are worst at
 * seeing: a swap inside a five-letter word keeps two of its six trigrams (similarity 0.2, under
 * pg_trgm's 0.3), so «ظثغذخ» had no candidate at all for «ظغثذخ». Known ones are looked up as they are,
 * and weighed with the most alike.
 */
export function swappedSpellings(word: string): string[] {
  const letters = [...word];
  const spellings = new Set<string>();
  for (let i = 0; i + 1 < letters.length; i++) {
    if (letters[i] !== letters[i + 1]) spellings.add([...letters.slice(0, i), letters[i + 1], letters[i], ...letters.slice(i + 2)].join(''));
  }
  return [...spellings];
}

/**
 * The edits from what was typed to a known word, a swap of two neighbouring letters counting as one
 * (optimal string alignment): `slips` of them, of which `strays` change a letter into one a typist would
 * not have hit instead (lib/search/typos: not a neighbouring key, not a letter of the same sound) or add
 * one no finger near it would have pressed. Of the alignments with the fewest slips, the one with the
 * fewest strays.
 */
export function typingDistance(typed: string, known: string): { slips: number; strays: number } {
  const x = [...typed];
  const y = [...known];
  // One number per cell, slips before strays: a stray never outweighs a slip (strays ≤ slips < unit).
  const unit = x.length + y.length + 1;
  const d = Array.from({ length: x.length + 1 }, () => Array.from({ length: y.length + 1 }, (_, j) => j * unit));
  for (let i = 1; i <= x.length; i++) {
    d[i]![0] = d[i - 1]![0]! + added(x, i - 1, unit);
    for (let j = 1; j <= y.length; j++) {
      const change = x[i - 1] === y[j - 1] ? 0 : likelySubstitute(x[i - 1]!, y[j - 1]!) ? unit : unit + 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + added(x, i - 1, unit), d[i]![j - 1]! + unit, d[i - 1]![j - 1]! + change);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + unit);
    }
  }
  const cost = d[x.length]![y.length]!;
  return { slips: Math.floor(cost / unit), strays: cost % unit };
}

/**
 * A letter typed that the word does not have is a typist's slip when a finger that pressed the letter
 * before or after it could have pressed it too: the same letter again, or a key beside it. Any other
 * added letter is a stray — which is what tells «ابخار» (two letters swapped in «اخبار») from a «بخار»
 * with a stray ا before it (ا is h, ب is f). A letter missed is always a slip: any key can be missed.
 */
function added(typed: readonly string[], at: number, unit: number): number {
  const letter = typed[at]!;
  const slip = [typed[at - 1], typed[at + 1]].some((beside) => beside !== undefined && likelySubstitute(letter, beside));
  return slip ? unit : unit + 1;
}

/** How many stories use a word is counted up to this: enough to tell a word of the news from a stray one. */
export const USES_COUNTED = 50;

/**
 * Of `candidates` (most alike first, as the trigram search ranks them), the one fewest slips away
 * within what the word allows and, of those, the one whose changed letters a typist could have hit
 * instead ("spacx" is one slip from "space" and from "spacex", and x is nowhere near e: spacex); of
 * equally close ones, the one more stories use (`uses`, counted up to USES_COUNTED) — "center" is one
 * slip from "enter" and from "centre", and the news says centre — then the more alike; undefined when
 * none is close enough.
 */
export function respelling(word: string, candidates: readonly string[], uses: (candidate: string) => number = () => 0): string | undefined {
  let best: { word: string; uses: number } | undefined;
  for (const candidate of closestCandidates(word, candidates)) {
    const used = Math.min(uses(candidate), USES_COUNTED);
    if (!best || used > best.uses) best = { word: candidate, uses: used };
  }
  return best?.word;
}

/**
 * The candidates fewest slips away within what the word allows and, of those, with the fewest letters
 * a typist would not have hit instead (typingDistance), in the order given (most alike first): the ones
 * respelling() chooses among — and whose uses are worth counting only when there are two or more.
 */
export function closestCandidates(word: string, candidates: readonly string[]): string[] {
  // A word with a digit in it is a number, a year or a model ("2026", "G20"): exact, never a slip of
  // the keyboard — a reader who searched for 2026 was shown stories of 2027.
  if (/[0-9]/.test(word)) return [];
  const allowed = allowedSlips(word);
  const scored = candidates
    .map((candidate) => ({ candidate, ...typingDistance(word, candidate) }))
    .filter((s) => s.slips <= allowed);
  if (!scored.length) return [];
  const best = scored.reduce((min, s) => (s.slips < min.slips || (s.slips === min.slips && s.strays < min.strays) ? s : min));
  return scored.filter((s) => s.slips === best.slips && s.strays === best.strays).map((s) => s.candidate);
}
