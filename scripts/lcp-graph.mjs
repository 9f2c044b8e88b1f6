#!/usr/bin/env node
/**
 * Diagnostic, not a gate: what Lighthouse's simulation puts inside a page's Largest Contentful Paint.
 *
 * Lighthouse's default (simulated) LCP is not a measured time: it loads the page unthrottled, builds
 * the dependency graph of that load (requests and main-thread tasks), keeps the nodes that finished
 * before the observed paint, and replays them over a model of a slow phone and network (Lantern:
 * 150 ms round trips, 1.6 Mbit/s, TCP slow start from ten segments, 4× CPU). This script gathers
 * such loads, saves them, and prints each node of the replayed LCP graph with its simulated start
 * and end — so a change can be judged by what it removes from the graph, not by a noisy median.
 *
 *   npm run lighthouse:graph                                  # /blank and /news/1001, 3 loads each
 *   GRAPH_PAGES=/news/1001 GRAPH_RUNS=5 npm run lighthouse:graph
 *
 * Saved loads can be replayed again, deterministically, with one thing changed:
 *
 *   node scripts/lcp-graph.mjs --from /tmp/alwafd-lcp-graph/news_1001-0 --document-bytes 14000
 *
 * replays the load as if the document had been that many bytes on the wire (headers included): the
 * difference is the cost of the document's size alone (BENCHMARKS.md, "The document in the first round trip").
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { loadArtifacts } from 'lighthouse/core/lib/asset-saver.js';
import { defaultSettings, throttling } from 'lighthouse/core/config/constants.js';
import { LanternFirstContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-first-contentful-paint.js';
import { LanternLargestContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js';
import { launchChrome } from './lighthouse-run.mjs';

const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:3400';
const PAGES = (process.env.GRAPH_PAGES ?? '/blank,/news/1001').split(',').filter(Boolean);
const RUNS = Number(process.env.GRAPH_RUNS ?? 3);
const SAVED = process.env.GRAPH_DIR ?? path.join(os.tmpdir(), 'alwafd-lcp-graph');

const option = (name) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const from = option('--from');
const documentBytes = option('--document-bytes');

/** The URL's path and a size, for a line of the table. */
const short = (url) => url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '').slice(0, 56);

/** Lantern's FCP and LCP of one saved load, replayed over the mobile preset's simulated phone. */
async function replay(dir) {
  const artifacts = loadArtifacts(dir);
  if (documentBytes) {
    const document = artifacts.DevtoolsLog.find((e) => e.method === 'Network.requestWillBeSent' && e.params.type === 'Document');
    for (const e of artifacts.DevtoolsLog) {
      if (e.method === 'Network.loadingFinished' && e.params.requestId === document.params.requestId) e.params.encodedDataLength = Number(documentBytes);
    }
  }
  const settings = { ...defaultSettings, throttlingMethod: 'simulate', throttling: throttling.mobileSlow4G, formFactor: 'mobile' };
  const data = {
    trace: artifacts.Trace,
    devtoolsLog: artifacts.DevtoolsLog,
    gatherContext: artifacts.GatherContext,
    settings,
    simulator: null,
    URL: artifacts.URL,
    SourceMaps: artifacts.SourceMaps,
    HostDPR: artifacts.HostDPR,
  };
  const context = { computedCache: new Map() };
  const fcp = await LanternFirstContentfulPaint.request(data, context);
  const lcp = await LanternLargestContentfulPaint.request(data, context);
  return { fcp, lcp };
}

function print(label, { fcp, lcp }) {
  console.log(`\n${label}: FCP ${Math.round(fcp.timing)} ms, LCP ${Math.round(lcp.timing)} ms${documentBytes ? ` (document replayed as ${documentBytes} bytes)` : ''}`);
  // The optimistic and pessimistic graphs are the same set when nothing was low-priority or laid out
  // late; the optimistic one is shown (its nodes all lie inside the estimate).
  const timings = [...lcp.optimisticEstimate.nodeTimings.entries()].sort((a, b) => a[1].startTime - b[1].startTime);
  for (const [node, t] of timings) {
    const span = `${String(Math.round(t.startTime)).padStart(5)}–${String(Math.round(t.endTime)).padEnd(5)}`;
    if (node.type === 'network') {
      const r = node.request;
      console.log(`  ${span} ${r.resourceType.padEnd(10)} ${String(Math.round(r.transferSize / 1024)).padStart(3)} KB ${r.priority.padEnd(8)} ${short(r.url)}`);
    } else {
      const scripts = [...node.getEvaluateScriptURLs()].map(short).join(' ');
      const kinds = [...new Set(node.childEvents.map((e) => e.name))].filter((n) => /^(Layout|Paint|ParseHTML|EvaluateScript|UpdateLayoutTree|FunctionCall)$/.test(n));
      console.log(`  ${span} main thread ${Math.round(node.duration / 1000)} ms observed: ${kinds.join(', ')} ${scripts}`);
    }
  }
}

if (from) {
  print(from, await replay(from));
} else {
  const chrome = await launchChrome();
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const page of PAGES) {
        const dir = path.join(SAVED, `${page.replace(/\W+/g, '_').replace(/^_/, '') || 'home'}-${run}`);
        fs.rmSync(dir, { recursive: true, force: true });
        await lighthouse(`${BASE_URL}${page}`, { port: chrome.port, gatherMode: dir, logLevel: 'error', onlyCategories: ['performance'] });
        print(`${page} load ${run + 1} (saved in ${dir})`, await replay(dir));
      }
    }
  } finally {
    await chrome.kill();
  }
}
