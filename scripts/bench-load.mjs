#!/usr/bin/env node
/**
 * Sustained load on 127.0.0.1: LOAD_SECONDS (60) at LOAD_CONNECTIONS (64) over a mix of article,
 * home, section, tag and feed URLs, like a breaking-news spike. Reports throughput, p50/p99,
 * errors and non-2xx/3xx answers, and the server's resident memory before and after (growth must
 * stay within 10 %). Exits non-zero when any request fails or memory grows too much.
 *   npm run bench:load     (builds, starts the server, runs this, stops it)
 */
import autocannon from 'autocannon';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:3400';
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 64);
const port = new URL(BASE_URL).port;

const PATHS = [
  '/news/1001',
  '/news/1002',
  '/news/1005',
  '/news/1009',
  '/en/news/1010',
  '/',
  '/en',
  '/section/economy',
  '/section/technology',
  '/en/section/technology',
  '/tag/SpaceX',
  `/tag/${encodeURIComponent('الذكاء الاصطناعي')}`,
  '/rss.xml',
  '/section/sports/rss.xml',
  '/sitemap.xml',
];

/** The process listening on the server's port: `next start` serves from it. */
function serverPid() {
  const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
  const pid = /pid=(\d+)/.exec(out)?.[1];
  if (!pid) throw new Error(`nothing listens on port ${port}`);
  return Number(pid);
}

function rssMb(pid) {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
  return kb / 1024;
}

function run(duration) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: BASE_URL,
        connections: CONNECTIONS,
        duration,
        headers: { 'accept-encoding': 'gzip, br' },
        requests: PATHS.map((path) => ({ method: 'GET', path })),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on('error', reject);
  });
}

const pid = serverPid();
// Warm-up at full load: every page rendered and cached, the JIT settled and the heap grown to
// its working size, so the before/after comparison shows leaks rather than start-up growth.
await run(Number(process.env.LOAD_WARMUP_SECONDS ?? 20));
const before = rssMb(pid);
const result = await run(SECONDS);
const after = rssMb(pid);
const growth = (after - before) / before;
const bad = result['4xx'] + result['5xx'];

console.log(`\n${SECONDS} s × ${CONNECTIONS} connections over ${PATHS.length} URLs on 127.0.0.1`);
console.table({
  load: {
    requests: result.requests.total,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    'max ms': result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    'non-2xx/3xx': bad,
    'RSS before MB': Math.round(before),
    'RSS after MB': Math.round(after),
    'RSS growth %': Number((growth * 100).toFixed(1)),
  },
});
const failed = result.errors > 0 || result.timeouts > 0 || bad > 0 || growth > 0.1;
console.log(failed ? 'FAILED: errors, bad statuses or memory growth above 10 %' : 'ok: no errors, no bad statuses, memory growth within 10 %');
process.exit(failed ? 1 : 0);
