/**
 * What a search that found nothing pays for the newsroom's names in Latin letters (lib/search/latin-names):
 * the list read whole and matched against the query, through the site's own code (latinNamed).
 *
 *   DATABASE_NAME=alwafd_names_bench npx tsx scripts/database.ts run --no-seed -- \
 *     npx tsx scripts/latin-names-bench.ts [--names 300] [--rounds 2] [--reads 300]
 *
 * In a database of its own (the list is replaced: never name the site's): the six names of
 * content/newsroom.json and --names made-up ones with two spellings each, then --rounds rounds of
 * --reads lookups of a query that holds one of them; prints each round's p50 and p95, and the first
 * lookup's time (the one that folds the list), and removes what it wrote.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { latinNamed } from '@/lib/content/postgres/search';
import { readerPool } from '@/lib/db/pool';
import { newsroom } from '@/lib/content/newsroom-file';
import { words } from '@/lib/search/normalize';

const { values } = parseArgs({ options: { names: { type: 'string', default: '300' }, rounds: { type: 'string', default: '2' }, reads: { type: 'string', default: '300' } } });
const [count, rounds, reads] = [values.names, values.rounds, values.reads].map(Number) as [number, number, number];
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

const pool = readerPool();
await pool.query('DELETE FROM latin_names');
await pool.query(`INSERT INTO latin_names (name, spellings) SELECT * FROM unnest($1::text[], $2::text[])`, [
  newsroom.latinNames.map((n) => n.name),
  newsroom.latinNames.map((n) => n.spellings.join('\n')),
]);
await pool.query(
  `INSERT INTO latin_names (name, spellings)
   SELECT 'Company' || i || ' Holdings', 'كومباني' || i || ' هولدنجز' || E'\\n' || 'كومبانى' || i || ' هولدينجز' FROM generate_series(1, $1::int) i`,
  [count],
);
// A query holding a made-up name's spelling, from the middle of the list; the seed's SpaceX without them.
const query = words(count ? `أرباح كومباني${Math.ceil(count / 2)} هولدنجز` : 'أرباح سبيس إكس');
try {
  for (let round = 1; round <= rounds; round++) {
    const times: number[] = [];
    let answer: Awaited<ReturnType<typeof latinNamed>>;
    for (let i = 0; i < reads; i++) {
      const started = performance.now();
      answer = await latinNamed(query);
      times.push(performance.now() - started);
    }
    const first = times[0]!;
    times.sort((a, b) => a - b);
    console.log(
      `${count + newsroom.latinNames.length} names, round ${round}: p50 ${percentile(times, 0.5).toFixed(3)} ms, p95 ${percentile(times, 0.95).toFixed(3)} ms` +
        `${round === 1 ? `, first ${first.toFixed(2)} ms` : ''} — «${query.join(' ')}» → ${answer?.words.join(' ')}`,
    );
  }
} finally {
  await pool.query('DELETE FROM latin_names');
  await pool.end();
}
