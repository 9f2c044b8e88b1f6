#!/usr/bin/env node
/**
 * npm run bench:scale -- <N…> [--check] [--out .bench/scale.json]: how a reader's cost grows with
 * the archive (issue 12). For each N in order:
 *
 *   1. the database holds the real stories + exactly N generated ones (`npm run archive -- --reset N`;
 *      with SCALE_RESET=0, `npm run archive -- N`: an archive made earlier is kept and topped up);
 *   2. a fresh build into .next-scale-N, its wall time recorded (it must not grow with N: the build
 *      prerenders only the newest PRERENDER_ARTICLES of each edition);
 *   3. `next start` (SCALE_STARTS new processes): the time each takes to answer its first request,
 *      an old archive story never rendered before (target < 1 s); then per page kind — article,
 *      home, section page 1, a deep section page (5,000 when it exists, else the largest section's
 *      last page), tag, writer and search (each skipped when the route answers 404 on this branch) —
 *      p50/p99 of the first request of distinct URLs (sequential) and of one URL repeated
 *      (autocannon SCALE_CACHED_SECONDS × SCALE_CACHED_CONNECTIONS);
 *   4. /sitemap.xml (and every file a sitemap index points to) and /news-sitemap.xml: first and
 *      second answer;
 *   5. a mixed load (SCALE_LOAD_SECONDS × SCALE_LOAD_CONNECTIONS, default 60 × 64): 4 in 5 requests
 *      a distinct cold archive article, the rest home/sections/tags/feeds/sitemap; requests, errors,
 *      non-2xx, p50/p99 and the server's RSS before and after (a request unanswered within
 *      SCALE_LOAD_TIMEOUT, 10 s, is a timeout: autocannon drops it and opens a new connection).
 *
 * All figures go to --out (default .bench/scale.json) and a table. --check compares every p50/p99,
 * the build time and the RSS after load of each N with the first N and exits 1 when a ratio exceeds
 * SCALE_LIMIT (1.1) — but only when the difference also exceeds a floor, because latency of a few
 * ms is noise: SCALE_FLOOR_MS (5 ms), SCALE_FLOOR_BUILD_S (10 s, builds share the machine),
 * SCALE_FLOOR_RSS_MB (0). A new process answering its first article in more than 1 s fails too.
 * The sitemap's times are printed with ratios but never fail: it lists every story by design.
 *
 * Runs inside scripts/database.ts (see package.json: database DATABASE_NAME, default alwafd_scale,
 * embedded cluster on EMBEDDED_PG_PORT unless DATABASE_URL is set); the server listens on SCALE_PORT
 * (3550) and is reached as http://127.0.0.1:PORT. The site is only spoken to through URLs, the
 * database only through the archive script and plain SELECTs (scripts/lib/scale/pick.mjs).
 * The server, builds and archive runs are stopped on exit and Ctrl-C; the cluster is scripts/database.ts's.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { busiestTags, coldArticles, counts, searchQueries, sectionSizes, withDatabase, writerSlugs } from './lib/scale/pick.mjs';
import { listeningPid, rssMb, startServer, stopAll } from './lib/scale/server.mjs';
import { compare, round, summary } from './lib/scale/stats.mjs';

const root = path.resolve(import.meta.dirname, '..');
const env = process.env;
const num = (name, fallback) => {
  const value = Number(env[name] ?? fallback);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number (got ${JSON.stringify(env[name])})`);
  return value;
};
const USAGE = 'usage: npm run bench:scale -- <N> [<N>…] [--check] [--out .bench/scale.json]';

const config = {
  port: num('SCALE_PORT', 3550),
  starts: Math.max(1, num('SCALE_STARTS', 3)),
  firstSamples: Math.max(1, num('SCALE_FIRST_SAMPLES', 30)),
  cachedSeconds: num('SCALE_CACHED_SECONDS', 10),
  cachedConnections: num('SCALE_CACHED_CONNECTIONS', 8),
  loadSeconds: num('SCALE_LOAD_SECONDS', 60),
  loadConnections: num('SCALE_LOAD_CONNECTIONS', 64),
  loadTimeout: num('SCALE_LOAD_TIMEOUT', 10),
  prerender: num('PRERENDER_ARTICLES', 500),
  deepPage: num('SCALE_DEEP_PAGE', 5000),
  pageSize: num('SCALE_PAGE_SIZE', 20),
  limit: num('SCALE_LIMIT', 1.1),
  floors: { ms: num('SCALE_FLOOR_MS', 5), buildSeconds: num('SCALE_FLOOR_BUILD_S', 10), rssMb: num('SCALE_FLOOR_RSS_MB', 0) },
  firstTargetMs: 1000,
  // SCALE_BUILD=once (CI): build for the first N only and serve every N from it. Build time is then
  // not compared (the documented runs build per N); cold archive stories are never prerendered either way.
  buildOnce: env.SCALE_BUILD === 'once',
};

const log = (line) => console.log(`[bench:scale] ${line}`);
const fail = (message) => {
  console.error(`[bench:scale] ${message}`);
  process.exit(2);
};

// ---- arguments ----
const args = process.argv.slice(2);
const sizes = [];
let check = false;
let out = '.bench/scale.json';
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--check') check = true;
  else if (arg === '--out') out = args[++i] ?? fail(`--out needs a file. ${USAGE}`);
  else if (/^[0-9]+$/.test(arg) && Number(arg) >= 1) sizes.push(Number(arg));
  else fail(`unknown argument ${JSON.stringify(arg)}. ${USAGE}`);
}
if (!sizes.length) fail(`give at least one archive size N. ${USAGE}`);

// ---- cleanup: whatever happens, no server or child outlives this process ----
const children = new Set();
const cleanup = () => {
  stopAll();
  for (const child of children) {
    try {
      child.kill('SIGTERM');
    } catch {
      // gone
    }
  }
};
process.on('exit', cleanup);
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
  process.on(signal, () => {
    log(`${signal}: stopping the server and any running step`);
    cleanup();
    process.exit(code);
  });
}

/** Runs a step, its output prefixed (or kept, with `quiet`, and shown only on failure); resolves with its wall time in s. */
function step(label, command, commandArgs, { quiet = false, extraEnv = {} } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, commandArgs, { cwd: root, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let tail = '';
    const onData = (chunk) => {
      tail = (tail + chunk).slice(-8000);
      if (!quiet) for (const line of String(chunk).split('\n').filter(Boolean)) console.log(`  ${label} | ${line}`);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error) => (children.delete(child), reject(new Error(`${label}: ${error.message}`))));
    // A quiet step still says it is alive.
    const heartbeat = quiet ? setInterval(() => log(`${label}: still running (${Math.round((performance.now() - started) / 1000)} s)`), 30_000) : undefined;
    child.on('exit', (code, signal) => {
      clearInterval(heartbeat);
      children.delete(child);
      const seconds = round((performance.now() - started) / 1000);
      if (code === 0) resolve(seconds);
      else reject(new Error(`${label} failed (${signal ?? `exit ${code}`}) after ${seconds} s${quiet ? `; its last output:\n${tail}` : ''}`));
    });
  });
}

const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const next = path.join(root, 'node_modules', '.bin', 'next');

/** One GET, the whole body read; redirects are answers (not followed). */
async function timed(baseUrl, urlPath) {
  const started = performance.now();
  const response = await fetch(baseUrl + urlPath, { redirect: 'manual', headers: { 'accept-encoding': 'gzip, br' } });
  const body = await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status, bytes: body.byteLength, text: () => Buffer.from(body).toString('utf8') };
}

function autocannonRun(options) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ headers: { 'accept-encoding': 'gzip, br' }, ...options }, (error, result) => (error ? reject(error) : resolve(result)));
    instance.on('error', reject);
  });
}

/** p50/p99 of the first request of each distinct URL (sequential), then of one URL repeated. */
async function measureKind(server, kind, paths, cachedPath) {
  const times = [];
  const statuses = {};
  for (const urlPath of paths) {
    const answer = await timed(server.baseUrl, urlPath);
    times.push(answer.ms);
    statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
  }
  const bad = Object.entries(statuses).filter(([status]) => Number(status) >= 300);
  if (bad.length) log(`  ${kind}: unexpected answers ${JSON.stringify(statuses)} (e.g. ${paths[0]})`);
  let cached = { n: 0, p50: undefined, p99: undefined };
  if (config.cachedSeconds > 0) {
    const result = await autocannonRun({ url: server.baseUrl + cachedPath, connections: config.cachedConnections, duration: config.cachedSeconds });
    cached = { n: result.requests.total, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
  }
  const figures = { first: { ...summary(times), statuses }, cached, sample: paths[0], cachedPath };
  log(`  ${kind.padEnd(14)} first p50 ${figures.first.p50} ms p99 ${figures.first.p99} ms (${times.length} URLs) · cached p50 ${cached.p50} ms p99 ${cached.p99} ms`);
  return figures;
}

/** Whether a route exists on this branch: its sample answers anything but 404. */
async function routeExists(server, urlPath) {
  const answer = await timed(server.baseUrl, urlPath);
  return answer.status !== 404;
}

async function benchSize(n, first) {
  const result = { n, at: new Date().toISOString(), config: { ...config } };
  const reuse = config.buildOnce && first !== n;
  const dist = `.next-scale-${reuse ? first : n}`;

  // 1. the archive
  // One run of `npm run archive -- --reset N` (= `--reset`, then `N`): one Payload start-up instead of two.
  // SCALE_RESET=0 keeps what is there and only tops it up to N (the archive is resumable): a
  // million stories made once, measured again later, without making them again.
  const reset = env.SCALE_RESET !== '0';
  log(`N = ${n.toLocaleString('en-US')}: archive ${reset ? '--reset ' : ''}${n}`);
  const archiveSeconds = await step('archive', tsx, ['scripts/database.ts', 'archive', ...(reset ? ['--reset'] : []), String(n)]);
  const picked = await withDatabase(async (db) => {
    const have = await counts(db);
    if (have.generated !== n) throw new Error(`the database holds ${have.generated} generated stories, not ${n}: the archive step did not finish`);
    return {
      counts: have,
      articles: await coldArticles(db, config.prerender),
      sections: await sectionSizes(db),
      tags: await busiestTags(db, Math.max(config.firstSamples, 20)),
      writers: await writerSlugs(db, config.firstSamples),
      searches: await searchQueries(db, config.firstSamples + 1),
    };
  });
  result.archive = { seconds: round(archiveSeconds), ...picked.counts, coldArticles: picked.articles.length };
  log(`database: ${picked.counts.real} real + ${picked.counts.generated} generated stories; ${picked.articles.length} live archive stories outside the prerendered newest`);
  const needed = config.starts + config.firstSamples + 1;
  if (picked.articles.length < needed) throw new Error(`only ${picked.articles.length} cold archive stories (need ${needed}): use a larger N or smaller SCALE_FIRST_SAMPLES/PRERENDER_ARTICLES`);

  // 2. the build
  if (reuse) {
    result.build = { dist, reused: true };
    log(`build: reusing ${dist} (SCALE_BUILD=once)`);
  } else {
    fs.rmSync(path.join(root, dist), { recursive: true, force: true });
    log(`building into ${dist} (PRERENDER_ARTICLES=${config.prerender})…`);
    const buildSeconds = await step('build', next, ['build'], { quiet: true, extraEnv: { NEXT_DIST_DIR: dist, NEXT_TELEMETRY_DISABLED: '1', PRERENDER_ARTICLES: String(config.prerender) } });
    result.build = { seconds: buildSeconds, dist };
    log(`build: ${buildSeconds} s`);
  }

  // 3. new processes: their first answer
  const articles = [...picked.articles];
  const take = (count) => articles.splice(0, count);
  const firsts = [];
  let server;
  for (let s = 0; s < config.starts; s++) {
    server = await startServer({ dist, port: config.port, env: { PRERENDER_ARTICLES: String(config.prerender) } });
    const [urlPath] = take(1);
    const answer = await timed(server.baseUrl, urlPath);
    if (answer.status !== 200) throw new Error(`a new process answered ${urlPath} with ${answer.status}:\n${server.log().slice(-3000)}`);
    firsts.push({ path: urlPath, listeningMs: round(server.listeningMs), firstMs: round(answer.ms) });
    log(`new process ${s + 1}/${config.starts}: listening after ${Math.round(server.listeningMs)} ms, first article ${urlPath} in ${Math.round(answer.ms)} ms`);
    if (s < config.starts - 1) await server.stopped();
  }
  result.firstArticle = { ...summary(firsts.map((f) => f.firstMs)), listeningP50: summary(firsts.map((f) => f.listeningMs)).p50, processes: firsts };

  // 3b. page kinds
  const pages = {};
  const articleFirst = take(config.firstSamples);
  pages.article = await measureKind(server, 'article', articleFirst, articleFirst[0]);
  pages.home = await measureKind(server, 'home', ['/', '/en'], '/');
  const sections = picked.sections;
  if (!sections.length) throw new Error('no section has a live story');
  pages['section p1'] = await measureKind(server, 'section p1', sections.map((s) => s.path(1)), sections[0].path(1));
  const largest = sections[0];
  const last = Math.max(1, Math.ceil(largest.stories / config.pageSize));
  const deep = Math.min(config.deepPage, last);
  const deepPages = Array.from({ length: Math.min(config.firstSamples, deep - 1) }, (_, i) => largest.path(deep - i));
  if (deep > 1 && (await timed(server.baseUrl, largest.path(deep + (deep === last ? 1 : 0)))).status !== (deep === last ? 404 : 200)) {
    log(`  note: ${largest.path(deep)} — the page count from the database (${last} pages of ${config.pageSize}) does not match the site's`);
  }
  pages['section deep'] = deepPages.length ? { ...(await measureKind(server, 'section deep', deepPages, deepPages[0])), page: deep, lastPage: last, section: `${largest.edition}/${largest.slug}` } : { skipped: 'no section has a second page' };
  if (picked.tags.length) pages.tag = await measureKind(server, 'tag', picked.tags.slice(0, config.firstSamples).map((t) => t.path), picked.tags[0].path);
  else pages.tag = { skipped: 'no tag has a live story' };
  const writers = picked.writers.map((w) => `/writer/${w.slug}`);
  if (writers.length && (await routeExists(server, writers.at(-1)))) pages.writer = await measureKind(server, 'writer', writers.slice(0, -1).length ? writers.slice(0, -1) : writers, writers[0]);
  else pages.writer = { skipped: writers.length ? '/writer/{slug} answers 404 on this branch' : 'no writer with a live story' };
  const searches = picked.searches;
  if (searches.length && (await routeExists(server, searches.at(-1)))) pages.search = await measureKind(server, 'search', searches.slice(0, -1), searches[0]);
  else pages.search = { skipped: searches.length ? '/search answers 404 on this branch' : 'no words for queries' };
  for (const [kind, figures] of Object.entries(pages)) if (figures.skipped) log(`  ${kind.padEnd(14)} skipped: ${figures.skipped}`);
  result.pages = pages;

  // 4. sitemaps (before the load: afterwards the server may still be working through its queue)
  const sitemaps = {};
  const queue = ['/sitemap.xml', '/news-sitemap.xml'];
  for (let i = 0; i < queue.length && i < 60; i++) {
    const urlPath = queue[i];
    const first = await timed(server.baseUrl, urlPath);
    const second = await timed(server.baseUrl, urlPath);
    const text = first.text();
    const urls = (text.match(/<url>/g) ?? []).length;
    const pointed = [...text.matchAll(/<sitemap>\s*<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    for (const file of pointed) if (!queue.includes(file)) queue.push(file);
    sitemaps[urlPath] = { status: first.status, firstMs: round(first.ms), againMs: round(second.ms), bytes: first.bytes, urls, points: pointed.length };
    log(`sitemap ${urlPath}: ${first.status}, ${Math.round(first.ms)} ms then ${Math.round(second.ms)} ms, ${urls} URLs${pointed.length ? `, points to ${pointed.length} files` : ''} (${Math.round(first.bytes / 1024)} KB sent)`);
  }
  result.sitemaps = sitemaps;

  // 5. mixed load
  const cold = take(articles.length);
  const mix = ['/', '/en', ...sections.slice(0, 8).map((s) => s.path(1)), ...(deepPages.length ? [deepPages[0]] : []), ...picked.tags.slice(0, 6).map((t) => t.path), '/rss.xml', '/en/rss.xml', '/sitemap.xml', '/news-sitemap.xml'];
  let served = 0;
  let mixed = 0;
  let wrapped = false;
  const pid = listeningPid(config.port);
  const rssBefore = rssMb(pid);
  log(`load: ${config.loadSeconds} s × ${config.loadConnections} connections, 4 in 5 requests a distinct archive story (${cold.length} available), the rest over ${mix.length} listing/feed URLs…`);
  const load = await autocannonRun({
    url: server.baseUrl,
    connections: config.loadConnections,
    duration: config.loadSeconds,
    // A request unanswered after this many seconds counts as a timeout (its connection is replaced).
    timeout: config.loadTimeout,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          const count = served + mixed;
          if (count % 5 === 4 || !cold.length) request.path = mix[mixed++ % mix.length];
          else {
            if (served >= cold.length) wrapped = true;
            request.path = cold[served++ % cold.length];
          }
          return request;
        },
      },
    ],
  });
  const rssAfter = rssMb(pid);
  result.load = {
    seconds: config.loadSeconds,
    connections: config.loadConnections,
    requests: load.requests.total,
    rps: Math.round(load.requests.average),
    p50: load.latency.p50,
    p99: load.latency.p99,
    max: load.latency.max,
    errors: load.errors,
    timeouts: load.timeouts,
    non2xx: load.non2xx,
    '4xx': load['4xx'],
    '5xx': load['5xx'],
    distinctArticles: Math.min(served, cold.length),
    articleListWrapped: wrapped,
    rssBeforeMb: rssBefore,
    rssAfterMb: rssAfter,
  };
  log(`load: ${load.requests.total} requests (${result.load.rps}/s), p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms, ${load.errors} errors, ${load.timeouts} timeouts, ${load.non2xx} non-2xx; RSS ${rssBefore} → ${rssAfter} MB${wrapped ? ' (the archive list ran out and wrapped: later article requests were cached)' : ''}`);

  // Errors the server printed (e.g. the proxy's "could not check …") explain odd figures.
  result.serverLogTail = server.log().slice(-4000);
  await server.stopped();
  // A build the next sizes reuse (SCALE_BUILD=once) stays until the last size is measured.
  if (!env.SCALE_KEEP_BUILDS && !config.buildOnce) fs.rmSync(path.join(root, dist), { recursive: true, force: true });
  return result;
}

function printTable(results) {
  const rows = {};
  const put = (name, perN) => (rows[name] = Object.fromEntries(results.map((r) => [`N=${r.n}`, perN(r) ?? '–'])));
  const ms = (value) => (value === undefined ? undefined : `${value}`);
  put('stories (real + generated)', (r) => `${r.archive.real} + ${r.archive.generated}`);
  put('build s', (r) => r.build.seconds ?? `reused ${r.build.dist}`);
  put('new process: listening ms (p50)', (r) => r.firstArticle.listeningP50);
  put('new process: 1st article ms (p50 / max)', (r) => `${r.firstArticle.p50} / ${r.firstArticle.p99}`);
  for (const kind of Object.keys(results[0].pages)) {
    put(`${kind}: first p50 / p99 ms`, (r) => (r.pages[kind]?.skipped ? 'skipped' : `${ms(r.pages[kind].first.p50)} / ${ms(r.pages[kind].first.p99)}`));
    put(`${kind}: cached p50 / p99 ms`, (r) => (r.pages[kind]?.skipped ? 'skipped' : `${ms(r.pages[kind].cached.p50)} / ${ms(r.pages[kind].cached.p99)}`));
  }
  put('section deep: page used', (r) => (r.pages['section deep']?.skipped ? 'none' : `${r.pages['section deep'].section} p.${r.pages['section deep'].page} (last ${r.pages['section deep'].lastPage})`));
  put('load requests (req/s)', (r) => `${r.load.requests} (${r.load.rps})`);
  put('load p50 / p99 ms', (r) => `${r.load.p50} / ${r.load.p99}`);
  put('load errors / timeouts / non-2xx', (r) => `${r.load.errors} / ${r.load.timeouts} / ${r.load.non2xx}`);
  put('load distinct articles', (r) => `${r.load.distinctArticles}${r.load.articleListWrapped ? ' (wrapped)' : ''}`);
  put('RSS before → after load MB', (r) => `${r.load.rssBeforeMb} → ${r.load.rssAfterMb}`);
  for (const urlPath of Object.keys(results[0].sitemaps)) put(`${urlPath} first / again ms (URLs)`, (r) => (r.sitemaps[urlPath] ? `${r.sitemaps[urlPath].firstMs} / ${r.sitemaps[urlPath].againMs} (${r.sitemaps[urlPath].urls})` : undefined));
  console.table(rows);
}

// ---- run ----
const results = [];
const outPath = path.resolve(root, out);
const save = (extra = {}) => {
  fs.mkdirSync(path.dirname(outPath), { recursive: true });
  fs.writeFileSync(outPath, JSON.stringify({ command: `npm run bench:scale -- ${args.join(' ')}`, database: env.DATABASE_NAME, results, ...extra }, null, 2) + '\n');
};
try {
  for (const n of sizes) {
    results.push(await benchSize(n, sizes[0]));
    save();
  }
  if (config.buildOnce && !env.SCALE_KEEP_BUILDS) fs.rmSync(path.join(root, `.next-scale-${sizes[0]}`), { recursive: true, force: true });
} catch (error) {
  cleanup();
  console.error(`[bench:scale] FAILED: ${error.message}`);
  if (results.length) save({ failed: error.message });
  process.exit(1);
}

console.log(`\nnpm run bench:scale -- ${args.join(' ')}   (figures in ${path.relative(root, outPath)})`);
printTable(results);
const { rows, failed } = compare(results, config);
let bad = failed.length > 0;
for (const r of results) {
  if (r.firstArticle.p99 > config.firstTargetMs) {
    console.log(`N=${r.n}: a new process took ${r.firstArticle.p99} ms for its first article (target < ${config.firstTargetMs} ms)`);
    bad = true;
  }
}
if (rows.length) {
  console.log(`\nRatios against N=${results[0].n} (limit ${config.limit}; a ratio fails only when the difference is also above ${config.floors.ms} ms, ${config.floors.buildSeconds} s of build, ${config.floors.rssMb} MB of RSS — latency of a few ms is noise):`);
  console.table(rows);
  for (const urlPath of Object.keys(results[0].sitemaps)) {
    for (const r of results.slice(1)) {
      const before = results[0].sitemaps[urlPath]?.firstMs;
      const after = r.sitemaps[urlPath]?.firstMs;
      if (before && after) console.log(`sitemap ${urlPath} first answer N=${r.n}: ${(after / before).toFixed(2)} × N=${results[0].n} (information only: it lists every story)`);
    }
  }
}
save({ ratios: rows, failed });
if (check) {
  console.log(bad ? `\n--check FAILED: ${failed.length} figure(s) grew more than ${config.limit} × N=${results[0].n}${results.some((r) => r.firstArticle.p99 > config.firstTargetMs) ? ', or a first article took over 1 s' : ''}` : `\n--check ok: nothing grew more than ${config.limit} × N=${results[0].n} (beyond the noise floors)`);
  process.exit(bad ? 1 : 0);
}
