/**
 * How search ranks its term sets (lib/content/postgres-source.ts reads them from the database):
 * every story matching the query in its headline first, then in its summary, then in its body as
 * typed, then by stems only — newest first within each. A story is ranked in the first set that
 * holds it. Each set gives its newest `wanted` matches (offset + page + 1): a story on the page of
 * tier t has fewer newer matches in set t than that, all ranked before it.
 */
export const TERM_SETS = ['title', 'head', 'words', 'stems'] as const;
export type TermSet = (typeof TERM_SETS)[number];

/** One term set's newest `wanted` live matches, newest first. */
export type ReadSet<Row> = (set: TermSet, wanted: number) => Promise<readonly Row[]>;

/**
 * The ranked matches, at least `wanted` when there are that many.
 *
 * The headline, summary and typed-body sets are asked at once and read in that order. At a million
 * stories a query of several words spends its time proving that no headline and no summary holds
 * them all — each proof walks its words' posting lists over twenty years — while its page comes
 * from the bodies; asked one after another the proofs' times add up, asked together the page costs
 * about the slowest of them (BENCHMARKS.md, "Search's term sets asked together"). When the headlines
 * alone fill the page, the answer does not wait for the others. What that costs: the sets nest (a
 * headline match is a summary match is a body match), so wherever the headlines find `wanted`
 * stories the others find as many no further back — the work not waited for is bounded by what
 * was. The stems, the largest set and needed only by a query its typed words barely match, are
 * asked only then.
 */
export async function rankedMatches<Row extends { id: number }>(read: ReadSet<Row>, wanted: number): Promise<Row[]> {
  const ranked: Row[] = [];
  const seen = new Set<number>();
  const add = (rows: readonly Row[]) => {
    for (const row of rows) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      ranked.push(row);
    }
  };
  const asked = (['title', 'head', 'words'] as const).map((set) => read(set, wanted));
  // A set the answer does not wait for may still fail (a timeout): nobody is listening then.
  for (const reading of asked) reading.catch(() => {});
  for (const reading of asked) {
    add(await reading);
    if (seen.size >= wanted) return ranked;
  }
  add(await read('stems', wanted));
  return ranked;
}
