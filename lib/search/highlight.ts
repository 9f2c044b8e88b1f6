import { seatless, stem, words, type Terms } from './normalize';

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
 * Splits `text` into the words the query matched and everything between, the text itself left
 * exactly as written (harakat, hamzas, Eastern digits): the highlight marks what the reader typed
 * in any of its spellings, and never changes a letter of the story.
 */
export function highlight(text: string, query: Terms): Segment[] {
  const wanted = { words: new Set(query.words), stems: new Set(query.stems) };
  // Stems are compared without the hamza's seat, as search finds them: «مسئولية» is marked for «مسؤولية».
  const matches = (run: string) => words(run).some((word) => wanted.words.has(word)) || words(seatless(run)).some((word) => wanted.stems.has(stem(word)));
  const segments: Segment[] = [];
  const push = (piece: string, hit: boolean) => {
    if (!piece) return;
    const last = segments.at(-1);
    if (last && last.hit === hit) last.text += piece;
    else segments.push({ text: piece, hit });
  };
  let at = 0;
  for (const match of text.matchAll(RUN)) {
    push(text.slice(at, match.index), false);
    push(match[0], matches(match[0]));
    at = match.index + match[0].length;
  }
  push(text.slice(at), false);
  return segments;
}
