/**
 * Lighthouse runs shared by the Lighthouse scripts: Debian's Chromium with the flags this machine
 * needs, and the median of several runs of one page (by performance score), as Lighthouse's own
 * docs advise for a noisy machine.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { measuredRun } from './lib/lighthouse-attempts.mjs';

export function launchChrome() {
  return chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/**
 * How the load is slowed: Lighthouse's default `simulate` (an unthrottled load, then a model of a
 * slow phone and network over its trace — what PageSpeed Insights reports) or, with
 * LIGHTHOUSE_THROTTLING=devtools, the same mobile profile applied while the page loads (Chromium's
 * own network and 4× CPU throttling): slower to run, but what is measured is a load that happened.
 */
export const throttlingMethod = process.env.LIGHTHOUSE_THROTTLING === 'devtools' ? 'devtools' : 'simulate';

/** One Lighthouse report (mobile preset) that measured the page: a failed trace is run again. */
export function measuredReport(chrome, url, categories) {
  return measuredRun(async () => (await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories, throttlingMethod })).lhr, url);
}

/** The median of `runs` Lighthouse reports (mobile preset, throttled as above) for one URL. */
export async function medianReport(chrome, url, runs, categories) {
  const reports = [];
  for (let i = 0; i < runs; i++) reports.push(await measuredReport(chrome, url, categories));
  reports.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
  return reports[Math.floor(reports.length / 2)];
}

/** Speed figures of one report. */
export function speedOf(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    performance: lhr.categories.performance.score,
    lcp: Math.round(audit('largest-contentful-paint')),
    cls: Number(audit('cumulative-layout-shift').toFixed(3)),
    tbt: Math.round(audit('total-blocking-time')),
  };
}
