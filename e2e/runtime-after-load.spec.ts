import { expect, test, type Page } from '@playwright/test';
import { SEED, TRANSLATION } from './support';

/**
 * Next's client runtime is asked for only once the page has loaded (lib/server/runtime-after-load):
 * the web font and the first screen's picture are not kept waiting behind 133 KB of scripts, and
 * no script runs before the first screen is painted. The page still hydrates: its islands appear.
 */

/** When the page's load event began, and when each of Next's scripts was asked for (ms since navigation). */
function timings(page: Page) {
  return page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const scripts = performance
      .getEntriesByType('resource')
      .filter((entry) => /\/_next\/static\/chunks\/[^/]+\.js$/.test(new URL(entry.name).pathname))
      .map((entry) => ({ name: new URL(entry.name).pathname, startTime: entry.startTime }));
    return { loadEventStart: navigation.loadEventStart, scripts };
  });
}

for (const [edition, path, copyLink] of [
  ['Arabic', SEED.path, 'انسخ الرابط'],
  ['English', TRANSLATION.path, 'Copy link'],
] as const) {
  test(`the ${edition} article asks for Next's runtime after its load event, and hydrates`, async ({ page }) => {
    await page.goto(path);
    // The copy button is drawn by an island once it has hydrated (it would do nothing before).
    await expect(page.getByRole('button', { name: copyLink })).toBeVisible();
    const { loadEventStart, scripts } = await timings(page);
    expect(loadEventStart).toBeGreaterThan(0);
    expect(scripts.length).toBeGreaterThanOrEqual(5);
    for (const script of scripts) expect(script.startTime, script.name).toBeGreaterThanOrEqual(loadEventStart);
  });
}

test('the page names the runtime only in its loader: no script tag, no preload', async ({ request }) => {
  const html = await (await request.get(SEED.path)).text();
  expect(html).not.toMatch(/<script src="\/_next\/static\/[^"]*" async="">/);
  expect(html).not.toMatch(/<link rel="preload" as="script"/);
});
