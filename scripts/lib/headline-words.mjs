/**
 * The Arabic words of headlines, each once, in order of appearance: what the benchmarks build search
 * queries from (scripts/lib/scale/pick.mjs for bench:scale, scripts/search-bench.ts --archive), so
 * both ask the archive for words it holds. Words of three letters or more; punctuation splits.
 */
export function headlineWords(titles) {
  const words = titles.flatMap((title) => title.split(/[\s،,.:«»"'()؟!-]+/u)).filter((word) => /^[\u0600-\u06ff]{3,}$/u.test(word));
  return [...new Set(words)];
}
