#!/usr/bin/env node
/**
 * How long the sitemap takes to answer a crawler that reads all of it (issue 12, item 5): the index,
 * then every file it lists, each asked twice — its first answer (made from the database) and the
 * next (cached). Prints one line per file and the median and slowest first answers.
 *
 *   BASE_URL=http://127.0.0.1:3000 node scripts/bench-sitemaps.mjs
 *
 * Under scripts/with-server.mjs it gets BASE_URL itself; BENCHMARKS.md ("Sitemap files by blocks of
 * ids") has the whole command, with a fresh build and a cold disk. FILES=N asks only N of the files
 * (the first two and an even spread of the rest).
 */
import { timed } from './lib/scale/timed.mjs';

const base = process.env.BASE_URL;
if (!base) {
  console.error('BASE_URL is not set (run under scripts/with-server.mjs, or set it)');
  process.exit(2);
}

const ms = (value) => `${Math.round(value)} ms`;

const index = await timed(base, '/sitemap.xml');
const again = await timed(base, '/sitemap.xml');
const files = [...index.text().matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
console.log(`/sitemap.xml ${index.status} ${ms(index.ms)} then ${ms(again.ms)}, ${files.length} files`);

const wanted = Number(process.env.FILES) || files.length;
const step = Math.ceil((files.length - 2) / Math.max(1, wanted - 2));
const asked = files.length <= wanted ? files : [...files.slice(0, 2), ...files.slice(2).filter((_, i) => i % step === 0)];
const firsts = [];
let failed = 0;
for (const file of asked) {
  const first = await timed(base, file);
  const second = await timed(base, file);
  if (first.status !== 200 || second.status !== 200) failed++;
  firsts.push(first.ms);
  console.log(`${file} ${first.status} ${ms(first.ms)} then ${ms(second.ms)}, ${(first.text().match(/<url>/g) ?? []).length} URLs`);
}
firsts.sort((a, b) => a - b);
console.log(`${asked.length} files: first answer median ${ms(firsts[Math.floor(firsts.length / 2)])}, slowest ${ms(firsts.at(-1))}; ${failed} not 200`);
process.exit(failed ? 1 : 0);
