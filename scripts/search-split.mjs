#!/usr/bin/env node
/**
 * A search page's time split into the database's and the rest (rendering the results, the page's
 * payload, compression), query by query, at each archive size — what moves bench:scale's search
 * median besides the archive (BENCHMARKS.md, "Search at a million: what a page shows"):
 *
 *   npm run bench:search-split -- [--dist .next-split] [--rounds 3] 1000 1000000
 *
 * The databases are bench:scale's (alwafd_scale_N, made by `npm run bench:scale` or `npm run archive`),
 * the queries bench:scale's (91, from the first size's headlines: scripts/lib/scale/pick.mjs). One build
 * serves every size — made into --dist from the first size's database when the folder has none — one
 * server per size, asked for each query in turn, --rounds times. Each query's database time comes from
 * a process of its own per size (scripts/lib/search-times.ts). Printed per size, for every query and by
 * what its page showed (no result, some, a full page): how many, the page's median over the rounds'
 * medians, the database's median, and the median of page minus database — and the same over the queries
 * whose first page is full at every size (like with like, as bench:scale's "search full pages").
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SEARCH_PAGE_SIZE, searchResultsShown } from './lib/scale/answers.mjs';
import { databaseFor } from './lib/scale/databases.mjs';
import { searchQueries, withDatabase } from './lib/scale/pick.mjs';
import { startServer, stopAll } from './lib/scale/server.mjs';
import { fullAtEverySize, percentile, shownGroup } from './lib/scale/stats.mjs';
import { timed } from './lib/scale/timed.mjs';

const { values, positionals } = parseArgs({ options: { dist: { type: 'string', default: '.next-split' }, rounds: { type: 'string', default: '3' } }, allowPositionals: true });
const sizes = (positionals.length ? positionals : ['1000', '1000000']).map(Number);
const rounds = Math.max(1, Number(values.rounds));
const root = path.resolve(import.meta.dirname, '..');
const log = (line) => console.log(`[search-split] ${line}`);
process.on('exit', stopAll);

/** As many as bench:scale asks by default (30 first renders × 3 draws, and one for its cached run). */
const QUERIES = 91;
const queries = await withDatabase(databaseFor(sizes[0]).url, (db) => searchQueries(db, QUERIES));
const texts = queries.map((urlPath) => new URL(urlPath, 'http://x').searchParams.get('q'));

if (!fs.existsSync(path.join(root, values.dist, 'BUILD_ID'))) {
  log(`building into ${values.dist} from ${databaseFor(sizes[0]).name}…`);
  const built = spawnSync(path.join(root, 'node_modules', '.bin', 'next'), ['build'], { cwd: root, stdio: 'inherit', env: { ...process.env, DATABASE_URL: databaseFor(sizes[0]).url, NEXT_DIST_DIR: values.dist, NEXT_TELEMETRY_DISABLED: '1' } });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const measured = [];
for (const n of sizes) {
  log(`N=${n}: the database's time for ${texts.length} queries…`);
  const child = spawnSync('npx', ['tsx', path.join('scripts', 'lib', 'search-times.ts')], { cwd: root, input: JSON.stringify(texts), encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, DATABASE_URL: databaseFor(n).url } });
  if (child.status !== 0) throw new Error(`search-times at N=${n} failed:\n${child.stderr}`);
  measured.push({ n, db: JSON.parse(child.stdout), pages: texts.map(() => []), shown: [] });
}

let port = 3660;
for (const size of measured) {
  size.server = await startServer({ dist: values.dist, port: port++, env: { DATABASE_URL: databaseFor(size.n).url } });
  // Its first requests load the code: a reader's search on a running site finds it loaded.
  for (let i = 0; i < 3; i++) await timed(size.server.baseUrl, queries[0]);
}
for (let round = 0; round < rounds; round++) {
  for (const [i, urlPath] of queries.entries()) {
    const order = (i + round) % 2 ? [...measured].reverse() : measured;
    for (const size of order) {
      const answer = await timed(size.server.baseUrl, urlPath);
      if (answer.status !== 200) throw new Error(`N=${size.n} ${urlPath}: ${answer.status}`);
      size.pages[i].push(answer.ms);
      size.shown[i] = searchResultsShown(answer.text());
    }
  }
}

const median = (list) => percentile(list, 50);
/** One line over the queries `picked` (their indexes): the page's median of the rounds' medians, the database's, and the page's minus the database's. */
function report(size, label, picked) {
  if (!picked.length) return;
  const rows = picked.map((i) => ({ page: median(size.pages[i]), db: size.db[texts[i]].ms }));
  log(`N=${size.n} ${label.padEnd(11)} ${String(rows.length).padStart(3)} queries · page p50 ${median(rows.map((q) => q.page))} ms · database p50 ${median(rows.map((q) => q.db))} ms · page − database p50 ${median(rows.map((q) => q.page - q.db))} ms`);
}
const every = texts.map((_, i) => i);
// Like with like, as bench:scale's "search full pages": the queries whose first page is full at every size.
const fullEverywhere = fullAtEverySize(measured.map((size) => size.shown), texts.length, SEARCH_PAGE_SIZE);
for (const size of measured) {
  report(size, 'every query', every);
  for (const group of ['none', 'some', 'full']) report(size, group, every.filter((i) => shownGroup(size.shown[i], SEARCH_PAGE_SIZE) === group));
  report(size, 'full at every size', fullEverywhere);
}
for (const size of measured) await size.server.stopped();
process.exit(0);
