/**
 * Which known word a misspelled one becomes — one rule for the database and the in-memory source.
 * Trigrams find the candidates (pg_trgm's index, or lib/search/trigram.ts in memory), but they are a
 * poor judge of short words: «مدرسه» and «مدرب» share half their trigrams, and a reader who searched
 * for a school was shown football coaches. So a candidate is taken only when a typist could have
 * made it: at most one slip (a letter missed, added, changed, or two swapped) in a word of up to six
 * letters, two in a longer one.
 */

/** How many of the most alike known words are weighed; the most alike is not always the closest typed. */
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

/** Edits from one word to the other, a swap of two neighbouring letters counting as one (optimal string alignment). */
export function slips(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const d = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[x.length]![y.length]!;
}

/** How many stories use a word is counted up to this: enough to tell a word of the news from a stray one. */
export const USES_COUNTED = 50;

/**
 * Of `candidates` (most alike first, as the trigram search ranks them), the one fewest slips away
 * within what the word allows; of equally close ones, the one more stories use (`uses`, counted up to
 * USES_COUNTED) — "center" is one slip from "enter" and from "centre", and the news says centre —
 * then the more alike; undefined when none is close enough.
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
 * The candidates fewest slips away within what the word allows, in the order given (most alike
 * first): the ones respelling() chooses among — and whose uses are worth counting only when there
 * are two or more.
 */
export function closestCandidates(word: string, candidates: readonly string[]): string[] {
  // A word with a digit in it is a number, a year or a model ("2026", "G20"): exact, never a slip of
  // the keyboard — a reader who searched for 2026 was shown stories of 2027.
  if (/[0-9]/.test(word)) return [];
  const allowed = allowedSlips(word);
  const scored = candidates.slice(0, RESPELL_CANDIDATES).map((candidate) => ({ candidate, slips: slips(word, candidate) }));
  const fewest = Math.min(...scored.map((s) => s.slips));
  return fewest > allowed ? [] : scored.filter((s) => s.slips === fewest).map((s) => s.candidate);
}
