/**
 * For scripts/search-split.mjs: each query's database time on DATABASE_URL — PostgresSource.search
 * as the search page asks it (first page, Arabic edition), the median of five after a first pass —
 * and how many results it found. Reads a JSON list of queries on stdin, writes
 * `{ [query]: { ms, items } }` on stdout.
 */
import { performance } from 'node:perf_hooks';
import { text } from 'node:stream/consumers';
import { PostgresSource } from '@/lib/content/postgres-source';
import { SEARCH_PAGE_SIZE } from '@/lib/search/query';

const ASKED = 5;

const queries: string[] = JSON.parse(await text(process.stdin));
const source = new PostgresSource();
const times: Record<string, { ms: number; items: number }> = {};
for (const query of queries) {
  // The first answer warms what a reader's first request finds warm on a running site (the plans, the pool).
  await source.search('ar', query, 1, SEARCH_PAGE_SIZE);
  const taken: number[] = [];
  let items = 0;
  for (let i = 0; i < ASKED; i++) {
    const started = performance.now();
    items = (await source.search('ar', query, 1, SEARCH_PAGE_SIZE)).items.length;
    taken.push(performance.now() - started);
  }
  times[query] = { ms: taken.sort((a, b) => a - b)[Math.floor(ASKED / 2)]!, items };
}
process.stdout.write(JSON.stringify(times));
process.exit(0);
