import { expect, test, type Page } from '@playwright/test';
import { PAPER, paperOf, RENDER_WHEN_NEAR, screenshotAt, sidewaysScroll } from './support';

const PAGES = [
  { slug: 'article-ar', path: '/news/1001', ranked: true },
  { slug: 'article-en', path: '/en/news/1010', ranked: true },
  { slug: 'home-ar', path: '/', ranked: true },
  { slug: 'home-en', path: '/en', ranked: true },
  { slug: 'column-ar', path: '/news/1006', ranked: true },
  { slug: 'column-en', path: '/en/news/1015', ranked: true },
  { slug: 'writer-ar', path: '/writer/salma-abdelhamid', ranked: false },
  { slug: 'writer-en', path: '/en/writer/salma-abdelhamid', ranked: false },
  { slug: 'masthead-ar', path: '/masthead', ranked: false },
  { slug: 'masthead-en', path: '/en/masthead', ranked: false },
  { slug: 'search-ar', path: `/search?q=${encodeURIComponent('مراكز البيانات')}`, ranked: false },
  { slug: 'search-en', path: '/en/search?q=SpaceX', ranked: false },
];
/** Both colour schemes: the site follows the reader's system setting. */
const SCHEMES = ['light', 'dark'] as const;

/**
 * Real views, as a reader's browser sends them, so the pages show "most read" as they do on a
 * site that has readers: each edition's stories read a different number of times.
 */
test.beforeAll(async ({ request }) => {
  const reads: [number, number][] = [
    [1005, 6],
    [1009, 5],
    [1002, 4],
    [1006, 3],
    [1004, 2],
    [1008, 1],
    [1014, 6],
    [1018, 5],
    [1011, 4],
    [1015, 3],
    [1013, 2],
    [1017, 1],
  ];
  for (const [id, times] of reads) for (let i = 0; i < times; i++) await request.post('/api/read', { data: JSON.stringify({ id }) });
  // The ranking is counted again a second after views arrive (MOST_READ_REFRESH_SECONDS in playwright.config).
  await new Promise((resolve) => setTimeout(resolve, 1100));
  await request.post('/api/read', { data: JSON.stringify({ id: 1007 }) });
  await request.post('/api/read', { data: JSON.stringify({ id: 1016 }) });
});

/** The page with its ranking: a page cached before the views came is served once more while it renders afresh. */
async function openRanked(page: Page, target: string) {
  await expect(async () => {
    await page.goto(target);
    await expect(page.locator('#most-read')).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
}

/** Waits until every picture on the page has arrived and decoded; returns the broken ones. */
async function brokenImages(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  return page.evaluate(async () => {
    const broken: string[] = [];
    for (const img of [...document.images]) {
      if (!img.complete) {
        await new Promise((resolve) => {
          img.addEventListener('load', resolve, { once: true });
          img.addEventListener('error', resolve, { once: true });
        });
      }
      await img.decode().catch(() => undefined);
      if (img.naturalWidth === 0) broken.push(img.currentSrc || img.src);
    }
    return broken;
  });
}

// One load per page for both schemes: the scheme is switched in place, as a reader's system switches it at
// dusk (the accessibility spec does the same). A load, its fonts and its pictures are most of a shot's
// time in this browser, and the screenshots run before everything else.
for (const target of PAGES) {
  test(`${target.slug}: full-page screenshots in the light and the dark scheme, nothing wider than the screen, no broken picture`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme: 'light' });
    if (target.ranked) await openRanked(page, target.path);
    else await page.goto(target.path);
    await page.evaluate(() => document.fonts.ready);
    const width = page.viewportSize()?.width ?? 0;

    for (const scheme of SCHEMES) {
      await test.step(scheme, async () => {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await paperOf(page)).toBe(PAPER[scheme]);

        // No sideways scrolling: nothing is wider than the viewport.
        expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
        // Every section of the strip is on the screen, whole (it wraps on a phone; it had scrolled, hiding the last).
        const sections = page.getByRole('navigation', { name: target.path.startsWith('/en') ? 'Sections' : 'الأقسام' }).getByRole('link');
        for (const box of await sections.evaluateAll((links) => links.map((a) => a.getBoundingClientRect().toJSON() as DOMRect))) {
          expect(box.left).toBeGreaterThanOrEqual(0);
          expect(box.right).toBeLessThanOrEqual(width);
        }

        // Make the window as tall as the page rather than using fullPage: in mobile emulation Chromium
        // re-picks responsive image sources mid-capture and paints the hero blank.
        // Blocks far below the fold hold an estimated height until laid out (render-when-near), so the
        // window is fitted to the page again, once every block is laid out, until it stops changing.
        let height = 0;
        let settled = false;
        for (let tries = 0; tries < 5 && !settled; tries++) {
          if (tries > 0) {
            await expect
              .poll(() => page.evaluate((selector) => [...document.querySelectorAll(selector)].every((block) => block.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) ?? true), RENDER_WHEN_NEAR))
              .toBe(true);
          }
          // The content's own end, not scrollHeight (never less than the window, which may be too tall).
          const contentHeight = await page.evaluate(() => Math.ceil(Math.max(...[...document.body.children].map((e) => e.getBoundingClientRect().bottom)) + window.scrollY));
          settled = contentHeight === height;
          height = contentHeight;
          if (!settled) await page.setViewportSize({ width, height });
        }
        expect(settled, 'the page’s height settles once every block is laid out').toBe(true);
        expect(await brokenImages(page)).toEqual([]);

        const shot = screenshotAt(`${target.slug}-${scheme}-${width}.png`);
        await page.screenshot({ path: shot.path });
        testInfo.annotations.push({ type: 'screenshot', description: shot.description });
      });
    }
  });
}
