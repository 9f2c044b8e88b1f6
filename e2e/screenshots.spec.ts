import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const DIR = path.join(import.meta.dirname, 'screenshots');

const PAGES = [
  { slug: 'article-ar', path: '/news/1001' },
  { slug: 'article-en', path: '/en/news/1010' },
  { slug: 'home-ar', path: '/' },
  { slug: 'home-en', path: '/en' },
  { slug: 'search-ar', path: `/search?q=${encodeURIComponent('مراكز البيانات')}` },
  { slug: 'search-en', path: '/en/search?q=SpaceX' },
];

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

for (const target of PAGES) {
  test(`${target.slug}: full-page screenshot, nothing wider than the screen, no broken picture`, async ({ page }, testInfo) => {
    await page.goto(target.path);
    await page.evaluate(() => document.fonts.ready);

    // No sideways scrolling: nothing is wider than the viewport (the section strip scrolls inside itself).
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    // Make the window as tall as the page rather than using fullPage: in mobile emulation Chromium
    // re-picks responsive image sources mid-capture and paints the hero blank.
    const width = page.viewportSize()?.width ?? 0;
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width, height });
    expect(await brokenImages(page)).toEqual([]);

    const file = `${target.slug}-${width}.png`;
    await page.screenshot({ path: path.join(DIR, file) });
    testInfo.annotations.push({ type: 'screenshot', description: `e2e/screenshots/${file}` });
  });
}
