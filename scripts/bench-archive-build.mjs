#!/usr/bin/env node
/**
 * Archive-scale build figures: wall time, pages prerendered, and the peak memory of the build —
 * the RSS of `next build` and every process it starts (its workers), summed, and the largest single
 * one of them (what `/usr/bin/time -v` reports as maximum RSS), sampled every 200 ms. The sum counts
 * memory the processes share more than once, so the machine needs somewhat less than it.
 *
 *   node scripts/generate-archive.mjs 10000 .archive/10000
 *   CONTENT_DIR=.archive/10000 node scripts/bench-archive-build.mjs [--dist .next-archive]
 *
 * "Pages prerendered" is the count Next prints ("Generating static pages (N/N)"): the newest
 * PRERENDER_ARTICLES (default 500) articles per edition plus every listing, feed and file route.
 * The build's own output is passed through. Each run is a cold build: the dist folder (Turbopack
 * keeps its cache there, which makes a second build several times faster) is removed first.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const dist = args.includes('--dist') ? args[args.indexOf('--dist') + 1] : '.next-archive';
const contentDir = process.env.CONTENT_DIR ?? 'content/articles';

/** RSS in bytes of a process and all its descendants, read from /proc: their sum and the largest. */
function treeRss(pid) {
  const children = new Map();
  const rss = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces) — ppid is the 2nd, rss (pages) the 22nd.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      rss.set(Number(entry), Number(fields[21]) * 4096);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  let largest = 0;
  const stack = [pid];
  while (stack.length) {
    const next = stack.pop();
    total += rss.get(next) ?? 0;
    largest = Math.max(largest, rss.get(next) ?? 0);
    stack.push(...(children.get(next) ?? []));
  }
  return { total, largest };
}

const distPath = path.resolve(root, dist);
if (!distPath.startsWith(root + path.sep) || !path.basename(distPath).startsWith('.next')) throw new Error(`--dist must be a .next* folder inside the project, not ${dist}`);
fs.rmSync(distPath, { recursive: true, force: true });

const started = process.hrtime.bigint();
const build = spawn(path.join(root, 'node_modules/.bin/next'), ['build'], {
  cwd: root,
  env: { ...process.env, NEXT_DIST_DIR: dist, NEXT_TELEMETRY_DISABLED: '1' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let output = '';
build.stdout.on('data', (chunk) => {
  output += chunk;
  process.stdout.write(chunk);
});
const peak = { total: 0, largest: 0 };
const sampler = setInterval(() => {
  const now = treeRss(build.pid);
  peak.total = Math.max(peak.total, now.total);
  peak.largest = Math.max(peak.largest, now.largest);
}, 200);
const code = await new Promise((resolve) => build.on('exit', resolve));
clearInterval(sampler);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
if (code !== 0) process.exit(code ?? 1);

const mb = (bytes) => Math.round(bytes / 2 ** 20);
const pages = [...output.matchAll(/Generating static pages[^(]*\((\d+)\/(\d+)\)/g)].at(-1)?.[2];
const articles = fs.readdirSync(path.resolve(root, contentDir), { recursive: true }).filter((name) => String(name).endsWith('.md')).length;
console.log(`\n${articles} articles in ${contentDir}: build ${seconds.toFixed(0)} s wall, ${pages ?? '?'} pages prerendered, peak RSS ${mb(peak.total)} MB for next build and its workers together, ${mb(peak.largest)} MB for the largest of them`);
