#!/usr/bin/env node
/**
 * Archive-scale latency: article pages across the whole archive (old ones render on their first
 * request, then come from the ISR cache) and section pages, on 127.0.0.1, plus the server's memory.
 *   node scripts/generate-archive.mjs 10000 .archive/10000
 *   CONTENT_DIR=.archive/10000 node scripts/with-server.mjs --dist .next-archive -- node scripts/bench-archive.mjs
 */
import autocannon from 'autocannon';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:3400';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const dir = path.resolve(process.env.CONTENT_DIR ?? 'content/articles');
const ids = execFileSync('grep', ['-rhoE', '^id: [0-9]+', dir], { encoding: 'utf8' })
  .split('\n')
  .filter(Boolean)
  .map((line) => Number(line.slice(4)));
// 200 ids spread evenly over the archive, newest to oldest.
const sample = ids.sort((a, b) => a - b).filter((_, i, all) => i % Math.max(1, Math.floor(all.length / 200)) === 0).slice(0, 200);

function rssMb() {
  const pid = /pid=(\d+)/.exec(execFileSync('ss', ['-ltnpH', `sport = :${new URL(BASE_URL).port}`], { encoding: 'utf8' }))?.[1];
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024);
}

function run(requests) {
  return new Promise((resolve, reject) =>
    autocannon({ url: BASE_URL, connections: 32, duration: SECONDS, headers: { 'accept-encoding': 'gzip' }, requests }, (e, r) => (e ? reject(e) : resolve(r))),
  );
}

// The one English article (1010) lives under /en: leave it out so every request is a plain 200.
const articles = sample.filter((id) => id !== 1010).map((id) => ({ method: 'GET', path: `/news/${id}` }));
const sections = ['news', 'economy', 'technology', 'sports', 'opinion'].flatMap((s) => [1, 2].map((p) => ({ method: 'GET', path: p === 1 ? `/section/${s}` : `/section/${s}/page/${p}` })));
for (const r of [...articles, ...sections]) await fetch(`${BASE_URL}${r.path}`); // first renders happen here, not in the timing
const results = {};
for (const [name, requests] of [['article', articles], ['section', sections]]) {
  const r = await run(requests);
  results[name] = { urls: requests.length, 'req/s': Math.round(r.requests.average), 'p50 ms': r.latency.p50, 'p99 ms': r.latency.p99, 'non-2xx': r.non2xx, errors: r.errors };
}
console.log(`\n${ids.length} articles in ${path.relative(process.cwd(), dir)}; server RSS ${rssMb()} MB after the run`);
console.table(results);
