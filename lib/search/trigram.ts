import { compareCodePoints } from '@/lib/code-point-order';

/**
 * Trigram similarity as PostgreSQL's pg_trgm computes it for one word: the word padded with two
 * spaces before and one after, cut into every run of three characters, and the share of those the
 * two words have in common (shared / all distinct). The database suggests a spelling with
 * pg_trgm itself; the in-memory source uses this to answer the same way.
 */
function trigrams(word: string): Set<string> {
  const chars = [' ', ' ', ...word, ' '];
  const out = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) out.add(chars.slice(i, i + 3).join(''));
  return out;
}

export function similarity(a: string, b: string): number {
  const [x, y] = [trigrams(a), trigrams(b)];
  let shared = 0;
  for (const t of x) if (y.has(t)) shared++;
  return shared / (x.size + y.size - shared);
}

/** pg_trgm's default similarity threshold (pg_trgm.similarity_threshold): below it, two words are not alike. */
export const SIMILARITY_THRESHOLD = 0.3;

/**
 * The `limit` known words most like `word`, most alike first (ties in code-point order), among those
 * alike enough — what pg_trgm's `%` and `similarity()` give the database's respelling.
 */
export function mostAlike(word: string, known: Iterable<string>, limit: number): string[] {
  const scored: { word: string; score: number }[] = [];
  for (const candidate of known) {
    const score = similarity(word, candidate);
    if (score >= SIMILARITY_THRESHOLD) scored.push({ word: candidate, score });
  }
  return scored.sort(mostAlikeFirst).slice(0, limit).map((entry) => entry.word);
}

/** `words`, each once, most like `word` first (ties in code-point order): the order the database gives its candidates. */
export function inLikenessOrder(word: string, words: Iterable<string>): string[] {
  return [...new Set(words)]
    .map((candidate) => ({ word: candidate, score: similarity(word, candidate) }))
    .sort(mostAlikeFirst)
    .map((entry) => entry.word);
}

function mostAlikeFirst(a: { word: string; score: number }, b: { word: string; score: number }): number {
  return b.score - a.score || compareCodePoints(a.word, b.word);
}
