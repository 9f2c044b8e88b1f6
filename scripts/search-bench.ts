/**
 * How fast search answers at archive scale, on the database the site uses:
 *
 *   DATABASE_NAME=alwafd_search_bench npx tsx scripts/database.ts run --no-seed -- \
 *     npx tsx scripts/search-bench.ts [--articles 100000] [--queries 200] [--jobs 2]
 *
 * Fills its own database (never the site's: database.ts refuses nothing here, so name one) with
 * synthetic Arabic stories (scripts/lib/synthetic-articles.ts) up to --articles — a second run with
 * more only adds the difference — then asks --queries queries of one to four words the way the site
 * does (PostgresSource.search: the query read by the database's own function, four term sets,
 * respelling when nothing matches), twice, and prints the percentiles of each pass, of marking the
 * matched words in each page of results (the search page's own work on them), and the plan of one
 * query with the GIN index it uses.
 *
 * With --archive it measures the database it is given as it is — e.g. the generated archive of
 * `npm run archive` at a million stories — writing nothing, and draws its queries from the words of
 * that archive's own headlines (scripts/lib/headline-words.mjs, as bench:scale does):
 *
 *   DATABASE_NAME=alwafd_scale_1000000 npx tsx scripts/database.ts run -- npx tsx scripts/search-bench.ts --archive
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { PostgresSource } from '@/lib/content/postgres-source';
import { readerPool } from '@/lib/db/pool';
import { highlight } from '@/lib/search/highlight';
import { terms, words } from '@/lib/search/normalize';
import { SEARCH_PAGE_SIZE } from '@/lib/search/query';
import { headlineWords } from './lib/headline-words.mjs';
import { shownGroup } from './lib/scale/stats.mjs';
import { ensureSections, insertArticles, moveIdSequence, random, syntheticArticles, vocabularies, zipf, type SyntheticArticle } from './lib/synthetic-articles';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    queries: { type: 'string', default: '200' },
    jobs: { type: 'string', default: '2' },
    seed: { type: 'string', default: '11' },
    archive: { type: 'boolean', default: false },
  },
});
const ARTICLES = Number(values.articles);
const QUERIES = Number(values.queries);
const JOBS = Number(values.jobs);
const SEED = Number(values.seed);
/** Synthetic ids start here, clear of the CMS's own (the sample stories are 1001–1010). */
const FIRST_ID = 1_000_000;
/** Publication times count back from a fixed instant, so every run builds the same archive. */
const UNTIL = new Date('2026-11-28T12:00:00+02:00');

/** The query whose plan is printed: a family name, so rare enough for the index. */
const PLANNED = 'مصطفى البدوي';

const log = (line: string) => console.log(`[search-bench] ${line}`);
const pool = readerPool();

/**
 * How many of the archive's first stories are there without a gap; anything after a gap (an
 * interrupted run wrote batches out of order) is removed, to be written again.
 */
async function contiguous(db: pg.Pool): Promise<number> {
  const { rows } = await db.query<{ have: number | null }>(
    `SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM articles WHERE id = $1) THEN 0
                 ELSE (SELECT min(a.id) + 1 - $1 FROM articles a WHERE a.id >= $1 AND NOT EXISTS (SELECT 1 FROM articles b WHERE b.id = a.id + 1)) END AS have`,
    [FIRST_ID],
  );
  const have = Number(rows[0]?.have ?? 0);
  await db.query('DELETE FROM articles WHERE id >= $1', [FIRST_ID + have]);
  return have;
}

async function fill(): Promise<void> {
  // Its own connections, without the reader's statement timeout: a batch on a busy machine takes longer.
  const writer = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: JOBS });
  try {
    await write(writer);
  } finally {
    await writer.end();
  }
}

async function write(writer: pg.Pool): Promise<void> {
  const have = await contiguous(writer);
  if (have >= ARTICLES) return log(`${have} synthetic stories already there`);
  const sections = await ensureSections(writer);
  const vocabulary = vocabularies();
  log(`writing stories ${have + 1}–${ARTICLES} (vocabulary: ${vocabulary.ar.words.length} Arabic, ${vocabulary.en.words.length} English words)`);
  const started = performance.now();
  const stories = syntheticArticles({ count: ARTICLES, firstId: FIRST_ID, seed: SEED, until: UNTIL, vocabulary });
  for (let i = 0; i < have; i++) stories.next();
  const BATCH = 100;
  let written = have;
  const batches = function* (): Generator<SyntheticArticle[]> {
    const batch: SyntheticArticle[] = [];
    for (const story of stories) {
      batch.push(story);
      if (batch.length === BATCH) yield batch.splice(0);
    }
    if (batch.length) yield batch;
  };
  const queue = batches();
  // A few connections at once: the database's trigger (folding, splitting, stemming) is the work.
  await Promise.all(
    Array.from({ length: JOBS }, async () => {
      for (let next = queue.next(); !next.done; next = queue.next()) {
        await insertArticles(writer, next.value, sections);
        written += next.value.length;
        if (written % 10_000 < BATCH) {
          const seconds = (performance.now() - started) / 1000;
          log(`${written} stories (${Math.round((written - have) / seconds)}/s)`);
        }
      }
    }),
  );
  await moveIdSequence(writer);
  log(`wrote ${ARTICLES - have} stories in ${Math.round((performance.now() - started) / 1000)} s`);
}

/** Statistics for the planner (and the GIN indexes' pending entries merged) whenever stories were written since the last time. */
async function settle(): Promise<void> {
  const [{ changed }] = (await pool.query<{ changed: string }>(`SELECT sum(n_mod_since_analyze) AS changed FROM pg_stat_user_tables WHERE relname IN ('articles', 'article_search')`)).rows as [{ changed: string }];
  if (Number(changed) === 0) return;
  log(`VACUUM ANALYZE after ${changed} changes…`);
  const client = await pool.connect();
  try {
    // Longer than the reader's statement timeout allows.
    await client.query('SET statement_timeout = 0');
    for (const table of ['articles', 'article_search', 'search_lexicon']) await client.query(`VACUUM ANALYZE ${table}`);
  } finally {
    await client.query('RESET statement_timeout');
    client.release();
  }
}

/** One to four words, drawn the way the archive was written (Zipf), a name or place in a third of them; stop-words never make a query. */
function queries(): string[] {
  const vocabulary = vocabularies();
  const draw = zipf(vocabulary.ar.words);
  const next = random(SEED * 7919);
  const out: string[] = [];
  while (out.length < QUERIES) {
    const n = 1 + Math.floor(next() * 4);
    const picked: string[] = [];
    if (next() < 1 / 3) picked.push(vocabulary.ar.topics[Math.floor(next() * vocabulary.ar.topics.length)]!);
    while (picked.length < n) {
      const word = draw(next);
      if (words(word).length) picked.push(word);
    }
    out.push(picked.join(' '));
  }
  return out;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(source: PostgresSource, list: readonly string[], label: string) {
  const times: number[] = [];
  const shown: number[] = [];
  const marked: number[] = [];
  let empty = 0;
  let respelled = 0;
  for (const query of list) {
    const started = performance.now();
    const found = await source.search('ar', query, 1, SEARCH_PAGE_SIZE);
    times.push(performance.now() - started);
    shown.push(found.items.length);
    if (!found.items.length) empty++;
    if (found.corrected) respelled++;
    // What the page then does with them: mark the matched words in each headline and summary (components/search/SearchResult).
    if (found.items.length) {
      const marking = performance.now();
      const matched = terms(found.corrected ?? query);
      for (const item of found.items) {
        highlight(item.title, matched);
        highlight(item.summary, matched);
      }
      marked.push(performance.now() - marking);
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  log(
    `${label}: ${list.length} queries — p50 ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}, p99 ${ms(percentile(sorted, 99))}, max ${ms(sorted.at(-1)!)}` +
      ` (${empty} found nothing, ${respelled} respelled)`,
  );
  // By the query's length: what grows with the archive is proving that a combination of words is rare
  // (BENCHMARKS.md, "Search at a million: the time by the words of the query").
  const byWords = [1, 2, 3, 4].flatMap((n) => {
    const these = times.filter((_, i) => list[i]!.split(' ').length === n).sort((a, b) => a - b);
    return these.length ? [`${n} word${n > 1 ? 's' : ''} ${ms(percentile(these, 50))} (${these.length})`] : [];
  });
  log(`${label}: p50 by the query's words — ${byWords.join(', ')}`);
  // By what the page showed: a query that finds nothing proves it of every term set over the whole
  // archive; a full page is what a larger archive gives the same words more often (bench:scale splits
  // the page's time the same way: BENCHMARKS.md, "Search at a million: what a page shows").
  const byShown = (['none', 'some', 'full'] as const).flatMap((group) => {
    const these = times.filter((_, i) => shownGroup(shown[i]!, SEARCH_PAGE_SIZE) === group).sort((a, b) => a - b);
    return these.length ? [`${group} ${ms(percentile(these, 50))} (${these.length})`] : [];
  });
  log(`${label}: p50 by what the page showed — ${byShown.join(', ')}`);
  const marks = [...marked].sort((a, b) => a - b);
  if (marks.length) log(`${label}: marking the matched words of a page of results (${marks.length} pages) — p50 ${percentile(marks, 50).toFixed(2)} ms, p95 ${percentile(marks, 95).toFixed(2)} ms`);
  return { times, list };
}

/** 1–4 word queries from the generated archive's Arabic headlines (ids from 1,000,000,000), spread over its whole range. */
async function archiveQueries(): Promise<string[]> {
  const { rows } = await pool.query<{ title: string }>(
    `SELECT title FROM articles WHERE id >= 1000000000 AND edition = 'ar' AND _status = 'published'
       AND id % greatest(1, (SELECT count(*) FROM articles WHERE id >= 1000000000) / 4000) = 0 ORDER BY id LIMIT 4000`,
  );
  const vocabulary = headlineWords(rows.map((r) => r.title));
  const next = random(SEED * 7919);
  const out: string[] = [];
  while (out.length < QUERIES && vocabulary.length) {
    const n = 1 + Math.floor(next() * 4);
    out.push(Array.from({ length: n }, () => vocabulary[Math.floor(next() * vocabulary.length)]!).join(' '));
  }
  return out;
}

async function main() {
  if (!values.archive) await fill();
  await settle();
  const { rows: sizes } = await pool.query<{ name: string; size: string }>(
    `SELECT c.relname AS name, pg_size_pretty(pg_total_relation_size(c.oid)) AS size FROM pg_class c
     WHERE c.relname IN ('articles', 'search_lexicon') OR c.relname LIKE 'article_search%' ORDER BY c.relname`,
  );
  const [{ stories }] = (await pool.query<{ stories: string }>(`SELECT count(*) AS stories FROM articles WHERE _status = 'published'`)).rows as [{ stories: string }];
  log(`${stories} published stories; sizes (with TOAST and indexes):\n  ${sizes.map((s) => `${s.name} ${s.size}`).join('\n  ')}`);

  const source = new PostgresSource();
  const list = values.archive ? await archiveQueries() : queries();
  await measure(source, list, 'first pass');
  const { times } = await measure(source, list, 'second pass');
  const slowest = times.map((t, i) => ({ t, q: list[i]! })).sort((a, b) => b.t - a.t).slice(0, 5);
  log(`slowest: ${slowest.map((s) => `${s.q} (${s.t.toFixed(1)} ms)`).join(' | ')}`);

  // The plans of one query: how alwafd_search_newest reads each term set (cms/migrations/20261129_140000_search_periods.ts),
  // with the same settings and SQL. A family name is rare, so it is read in one pass over the whole archive
  // (level 0) through the term set's GIN index, which holds each story's periods as well.
  const [{ words: terms }] = (await pool.query<{ words: string }>(`SELECT alwafd_search_words($1) AS words`, [PLANNED])).rows as [{ words: string }];
  const client = await pool.connect();
  try {
    await client.query(`SET enable_seqscan = off`);
    await client.query(`SET enable_indexscan = off`);
    for (const set of ['title', 'words']) {
      const { rows: plan } = await client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
         SELECT count(*)::integer, (array_agg(article_id ORDER BY published_at DESC, article_id DESC))[1:21]
         FROM (SELECT article_id, published_at FROM article_search
               WHERE (${set} || alwafd_search_periods(edition, published_at)) @@ alwafd_search_query($1) AND status = 'published'
                 AND edition = 'ar' AND published_at <= now() AND published_at < 'infinity' LIMIT 1000) AS capped`,
        [terms],
      );
      log(`EXPLAIN ANALYZE of the ${set} set for ${PLANNED}, the whole archive at once:\n${plan.map((row) => row['QUERY PLAN']).join('\n')}`);
    }
  } finally {
    await client.query('RESET ALL');
    client.release();
  }
  await pool.end();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
