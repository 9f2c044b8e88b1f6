#!/usr/bin/env node
/**
 * Diagnostic, not a gate: how fast are our pages without the framework's client runtime?
 *
 * Measures the article, home and control pages twice with Lighthouse (mobile preset, median of
 * LIGHTHOUSE_RUNS, default 3): as served, and through a throwaway local proxy that removes Next's
 * <script> tags (the runtime chunks, their preloads and the inline RSC payload) from the HTML and
 * passes everything else through. The site never serves such pages — the copy/share island needs
 * React — but the difference is what the App Router runtime costs on this machine, and the second
 * column is what our own HTML, CSS, font and images cost. See BENCHMARKS.md.
 *
 *   npm run lighthouse:without-runtime
 */
import http from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { launchChrome, medianReport, speedOf } from './lighthouse-run.mjs';

const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:3400';
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const PAGES = ['/blank', '/news/1001', '/'];
const gzip = promisify(zlib.gzip);

/** The document minus every framework script; JSON-LD (our structured data) stays. */
function withoutRuntime(html) {
  return html
    .replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="preload" as="script"[^>]*>/g, '');
}

const proxy = http.createServer(async (request, response) => {
  const upstream = await fetch(`${BASE_URL}${request.url}`, { headers: { accept: request.headers.accept ?? '*/*' }, redirect: 'manual' });
  const type = upstream.headers.get('content-type') ?? '';
  let body = Buffer.from(await upstream.arrayBuffer());
  if (type.startsWith('text/html')) body = Buffer.from(withoutRuntime(body.toString('utf8')));
  const headers = { 'content-type': type, 'cache-control': upstream.headers.get('cache-control') ?? 'no-store' };
  if (/^(text\/|application\/(json|xml|manifest))/.test(type)) {
    body = await gzip(body);
    headers['content-encoding'] = 'gzip';
  }
  response.writeHead(upstream.status, headers);
  response.end(body);
});
await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
const stripped = `http://127.0.0.1:${proxy.address().port}`;

const chrome = await launchChrome();
const rows = {};
try {
  for (const page of PAGES) {
    const served = speedOf(await medianReport(chrome, `${BASE_URL}${page}`, RUNS, ['performance']));
    const bare = speedOf(await medianReport(chrome, `${stripped}${page}`, RUNS, ['performance']));
    rows[page] = {
      performance: served.performance, 'LCP ms': served.lcp, 'TBT ms': served.tbt,
      'performance without runtime': bare.performance, 'LCP ms without': bare.lcp, 'TBT ms without': bare.tbt,
    };
  }
} finally {
  await chrome.kill();
  proxy.close();
}
console.log(`\nLighthouse, mobile, median of ${RUNS}: as served, and with Next's client runtime removed from the HTML (diagnostic only).`);
console.table(rows);
