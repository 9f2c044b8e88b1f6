#!/usr/bin/env node
/**
 * Throughput and latency of the production server on 127.0.0.1 for the article, the home page and
 * the empty control page, in one run, with autocannon: BENCH_SECONDS (20) at BENCH_CONNECTIONS
 * (32) per route, one route at a time, after a short warm-up. Requests carry a browser's
 * Accept-Encoding, so the server compresses as it would for readers.
 *
 * Then the floor that bytes alone set: the same two documents (article and control, as served)
 * from a bare node:http server that does nothing per request but gzip them, as `next start`
 * does. Its article ÷ control ratio is what any server reaches with no rendering and no app code
 * at all, so it says how much of the gap is the article's size rather than our code.
 *   npm run bench          (builds, starts the server, runs this, stops it)
 */
import autocannon from 'autocannon';
import http from 'node:http';
import os from 'node:os';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

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

/** The documents as served, from a server that only compresses them per request. */
async function bytesOnlyFloor() {
  const documents = {};
  for (const name of ['article', 'control']) documents[`/${name}`] = Buffer.from(await (await fetch(`${BASE_URL}${results[name].route}`)).arrayBuffer());
  const gzip = promisify(zlib.gzip);
  const server = http.createServer(async (request, response) => {
    const body = await gzip(documents[request.url] ?? Buffer.alloc(0));
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip', 'content-length': body.length });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const floor = {};
  try {
    for (const [name, document] of Object.entries(documents)) {
      await run(`${origin}${name}`, 3);
      const result = await run(`${origin}${name}`, SECONDS);
      floor[`${name.slice(1)} bytes only`] = { bytes: document.length, 'req/s': Math.round(result.requests.average), 'p50 ms': result.latency.p50, 'p99 ms': result.latency.p99 };
    }
  } finally {
    server.close();
  }
  return floor;
}

const floor = await bytesOnlyFloor();
const ratio = results.article['req/s'] / results.control['req/s'];
const floorRatio = floor['article bytes only']['req/s'] / floor['control bytes only']['req/s'];
console.log(`\n${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${SECONDS} s × ${CONNECTIONS} connections per route on 127.0.0.1`);
console.table(results);
console.log(`article ÷ control throughput: ${ratio.toFixed(3)} (goal ≥ 0.95); article p99 ${results.article['p99 ms']} ms (goal < 100 ms)`);
console.log('\nThe same documents from a server that only gzips them per request (no rendering, no app code):');
console.table(floor);
console.log(`bytes-only article ÷ control: ${floorRatio.toFixed(3)} — the ceiling for any server that compresses per request`);
const failed = Object.values(results).some((r) => r.errors > 0 || r['non-2xx'] > 0);
process.exit(failed ? 1 : 0);
