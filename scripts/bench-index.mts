/**
 * How long the content index takes to build: every article file read, parsed and indexed, as the
 * first request of a server process does it (lib/content/repository). Bodies are rendered on
 * demand, not here.
 *
 *   node scripts/generate-archive.mjs 10000 .archive/10000
 *   CONTENT_DIR=.archive/10000 npx tsx scripts/bench-index.mts [runs]
 *
 * Each run is a fresh process (the index is cached per process); prints every run and the median.
 */
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

if (process.argv[2] === '--once') {
  const { countArticles } = await import('@/lib/content/repository');
  const start = performance.now();
  const articles = countArticles();
  console.log(JSON.stringify({ articles, ms: Math.round(performance.now() - start) }));
} else {
  const runs = Number(process.argv[2] ?? 3);
  const results: { articles: number; ms: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const line = execFileSync(process.execPath, [...process.execArgv, import.meta.filename, '--once'], { encoding: 'utf8' }).trim().split('\n').at(-1)!;
    results.push(JSON.parse(line));
    console.log(`run ${i + 1}: ${results.at(-1)!.articles} articles indexed in ${(results.at(-1)!.ms / 1000).toFixed(2)} s`);
  }
  const median = results.map((r) => r.ms).sort((a, b) => a - b)[Math.floor(results.length / 2)]!;
  console.log(`median of ${runs}: ${(median / 1000).toFixed(2)} s (CONTENT_DIR=${process.env.CONTENT_DIR ?? 'content/articles'})`);
}
