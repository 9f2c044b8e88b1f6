#!/usr/bin/env node
/**
 * Throughput and latency of the production server on 127.0.0.1 for the article, the home page and
 * the empty control page, in one run, with autocannon: BENCH_SECONDS (20) at BENCH_CONNECTIONS
 * (32) per route, one route at a time, after a short warm-up. Requests carry a browser's
 * Accept-Encoding, so the server compresses as it would for readers.
 *   npm run bench          (builds, starts the server, runs this, stops it)
 */
import autocannon from 'autocannon';
import os from 'node:os';

const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:3400';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const ROUTES = [
  ['article', '/news/1001'],
  ['home', '/'],
  ['control', '/blank'],
];
const HEADERS = process.env.BENCH_IDENTITY ? { accept: 'text/html' } : { 'accept-encoding': 'gzip, deflate, br', accept: 'text/html' };

function run(url, duration) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration, headers: HEADERS }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

const results = {};
for (const [name, path] of ROUTES) {
  await run(`${BASE_URL}${path}`, 3); // warm caches and the JIT
  const result = await run(`${BASE_URL}${path}`, SECONDS);
  results[name] = {
    route: path,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    errors: result.errors + result.timeouts,
    'non-2xx': result.non2xx,
  };
}

const ratio = results.article['req/s'] / results.control['req/s'];
console.log(`\n${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${SECONDS} s × ${CONNECTIONS} connections per route on 127.0.0.1`);
console.table(results);
console.log(`article ÷ control throughput: ${ratio.toFixed(3)} (goal ≥ 0.95); article p99 ${results.article['p99 ms']} ms (goal < 100 ms)`);
const failed = Object.values(results).some((r) => r.errors > 0 || r['non-2xx'] > 0);
process.exit(failed ? 1 : 0);
