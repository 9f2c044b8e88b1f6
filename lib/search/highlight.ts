import { fold, seatless, startsCompound, stem, words, type Terms } from './normalize';

/** A piece of a headline or summary, and whether it is a word the search matched. */
export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * A word as the reader sees it: letters with their marks (harakat, tatweel) and digits. Folding
 * may turn one into several terms or none (a stop-word); it is marked when any of them matched.
 */
export const RUN = /[\p{L}\p{M}\p{Nd}]+/gu;

/**
 * Whether a word as written is one the query matched: made once per query and kept with it, so
 * the twenty results of a page share it and each distinct word is folded and stemmed once — a
 * page's headlines and summaries repeat many words, and folding each of them twice (whole, and
 * without the hamza's seat) was the largest single cost of rendering a page of results
 * (BENCHMARKS.md, "A page of results: each word judged once").
 */
const matchers = new WeakMap<Terms, (run: string) => boolean>();

function matcherFor(query: Terms): (run: string) => boolean {
  const known = matchers.get(query);
  if (known) return known;
  const wanted = { words: new Set(query.words), stems: new Set(query.stems) };
  const judged = new Map<string, boolean>();
  const matches = (run: string) => {
    let hit = judged.get(run);
    if (hit === undefined) {
      // Stems are compared without the hamza's seat, as search finds them: «مسئولية» is marked for «مسؤولية».
      hit = words(run).some((word) => wanted.words.has(word)) || words(seatless(run)).some((word) => wanted.stems.has(stem(word)));
      judged.set(run, hit);
    }
    return hit;
  };
  matchers.set(query, matches);
  return matches;
}

/**
 * Splits `text` into the words the query matched and everything between, the text itself left
 * exactly as written (harakat, hamzas, Eastern digits): the highlight marks what the reader typed
 * in any of its spellings, and never changes a letter of the story.
 */
export function highlight(text: string, query: Terms): Segment[] {
  const matches = matcherFor(query);
  const segments: Segment[] = [];
  const push = (piece: string, hit: boolean) => {
    if (!piece) return;
    const last = segments.at(-1);
    if (last && last.hit === hit) last.text += piece;
    else segments.push({ text: piece, hit });
  };
  let at = 0;
  const runs = [...text.matchAll(RUN)];
  runs.forEach((match, i) => {
    push(text.slice(at, match.index), false);
    // The first word of a compound name written apart («عبد» of «عبد الفتاح») is a term only with the next.
    const next = runs[i + 1]?.[0];
    const hit = matches(match[0]) || (next !== undefined && startsCompound(fold(match[0])) && matches(`${match[0]} ${next}`));
    push(match[0], hit);
    at = match.index + match[0].length;
  });
  push(text.slice(at), false);
  return segments;
}
