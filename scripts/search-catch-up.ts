/**
 * npm run search:catch-up — after a migration changed how search reads Arabic (it raised
 * alwafd_search_rules()), computes every story's search row again under the new rules, highest id first,
 * at full speed, with progress: what the publishing clock otherwise does a quarter-minute at a time
 * (lib/search/catch-up.ts). Against production, run it directly —
 * `DATABASE_URL=… npx tsx scripts/search-catch-up.ts` — not through npm, whose script goes through
 * scripts/database.ts and would apply this checkout's migrations first. Stopped and run again, it
 * goes on where it was: a row is done once its rules are current. Readers keep searching meanwhile; a story being saved is skipped and taken next.
 */
import { performance } from 'node:perf_hooks';
import { readerPool } from '@/lib/db/pool';
import { catchUpSearch, staleSearchRows } from '@/lib/search/catch-up';

const minutes = (ms: number) => `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;

async function main(): Promise<void> {
  const stale = await staleSearchRows();
  if (stale === 0) {
    console.log('[search catch-up] every story is indexed under the current search rules: nothing to do');
    return;
  }
  console.log(`[search catch-up] ${stale.toLocaleString('en')} stories to index under the current search rules`);
  const started = performance.now();
  let reported = started;
  const report = (done: number) => {
    const now = performance.now();
    const rate = done / ((now - started) / 1000);
    const left = Math.max(stale - done, 0);
    console.log(`[search catch-up] ${done.toLocaleString('en')} of ${stale.toLocaleString('en')} (${Math.round(rate)} stories/s${left && rate ? `, about ${minutes((left / rate) * 1000)} left` : ''})`);
    reported = now;
  };
  // The clock's own pacing (batches halved past the statement timeout), without its budget: until a
  // batch comes back short — none left, or the rest are being saved right now (left for the clock).
  const done = await catchUpSearch(Infinity, (total) => {
    if (performance.now() - reported > 10_000) report(total);
  });
  report(done);
  const left = await staleSearchRows();
  console.log(`[search catch-up] ${done.toLocaleString('en')} stories in ${minutes(performance.now() - started)}${left ? `; ${left} being saved meanwhile, left for the publishing clock` : ''}`);
}

main()
  .catch((error: Error) => {
    console.error(`[search catch-up] ${error.message}`);
    process.exitCode = 1;
  })
  .finally(() => readerPool().end());
