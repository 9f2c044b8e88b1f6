#!/usr/bin/env node
/**
 * Lighthouse (mobile preset, simulated throttling) against the production server at BASE_URL, for
 * the article and home pages in both editions. Prints a table and exits non-zero when a budget is
 * missed. Run through the server runner: `npm run lighthouse`. Each page is measured RUNS times
 * and the median run (by performance score) is judged, as Lighthouse's own docs advise.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:3400';
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const PAGES = ['/news/1001', '/', '/en/news/1010', '/en'];
const BUDGET = { performance: 0.98, accessibility: 1, 'best-practices': 1, seo: 1, lcp: 1500, cls: 0, tbt: 50 };
const OUT = path.resolve(import.meta.dirname, '..', '.lighthouse');

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});

const rows = [];
let failed = false;
try {
  fs.mkdirSync(OUT, { recursive: true });
  for (const page of PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`${BASE_URL}${page}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      runs.push(result.lhr);
    }
    runs.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
    const lhr = runs[Math.floor(runs.length / 2)];
    fs.writeFileSync(path.join(OUT, `${page.replace(/\W+/g, '_') || 'home'}.json`), JSON.stringify(lhr));
    const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
    const row = {
      page,
      performance: lhr.categories.performance.score,
      accessibility: lhr.categories.accessibility.score,
      'best-practices': lhr.categories['best-practices'].score,
      seo: lhr.categories.seo.score,
      lcp: Math.round(audit('largest-contentful-paint')),
      cls: Number(audit('cumulative-layout-shift').toFixed(3)),
      tbt: Math.round(audit('total-blocking-time')),
    };
    const misses = [];
    for (const key of ['performance', 'accessibility', 'best-practices', 'seo']) if (row[key] < BUDGET[key]) misses.push(key);
    if (row.lcp > BUDGET.lcp) misses.push('lcp');
    if (row.cls > BUDGET.cls) misses.push('cls');
    if (row.tbt > BUDGET.tbt) misses.push('tbt');
    for (const key of ['accessibility', 'best-practices', 'seo']) {
      if (row[key] < 1) {
        const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && lhr.categories[key].auditRefs.some((r) => r.id === a.id && r.weight > 0));
        misses.push(...failing.map((a) => `  ${key}: ${a.id} — ${a.title}`));
      }
    }
    row.result = misses.length ? `MISSED ${misses.filter((m) => !m.startsWith(' ')).join(', ')}` : 'ok';
    failed ||= misses.length > 0;
    rows.push(row);
    for (const detail of misses.filter((m) => m.startsWith(' '))) console.log(`${page}${detail}`);
  }
} finally {
  await chrome.kill();
}

console.log(`\nLighthouse ${RUNS} run(s) per page, median shown (mobile, simulated throttling); budgets: performance ≥ ${BUDGET.performance}, accessibility/best-practices/SEO = 1, LCP ≤ ${BUDGET.lcp} ms, CLS = 0, TBT ≤ ${BUDGET.tbt} ms`);
console.table(rows);
process.exit(failed ? 1 : 0);
