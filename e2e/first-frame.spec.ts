import { expect, test, type Page } from '@playwright/test';
import { SEED, bodyParagraphs, storyArticle } from './support';

/**
 * The first frame (on a phone and a desktop alike) lays out the story — headline, byline, picture,
 * text — and not the blocks a reader reaches after it (tags, related stories, the side column on
 * phones, the footer: `render-when-near` in app/globals.css), which are laid out as the reader comes
 * near them. Arabic text is costly to shape; this keeps the article's first frame closer to the
 * empty page's (BENCHMARKS.md, "Arabic first").
 */

declare global {
  interface Window {
    /** The last skipped/drawn state the browser reported for each element it may skip. */
    skippedStates?: Map<Element, boolean>;
  }
}

/** Records the browser's own reports (contentvisibilityautostatechange) from the first frame on. */
async function watchSkipping(page: Page) {
  await page.addInitScript(() => {
    window.skippedStates = new Map();
    document.addEventListener('contentvisibilityautostatechange', (event) => window.skippedStates!.set(event.target as Element, (event as ContentVisibilityAutoStateChangeEvent).skipped), true);
  });
}

/** Whether the browser skips laying out the element now (undefined: never reported). */
const skippedNow = (page: Page, selector: string) => page.locator(selector).first().evaluate((element) => window.skippedStates!.get(element));

test('the first frame lays out the story, and the blocks after it as the reader comes to them', async ({ page }) => {
  await watchSkipping(page);
  await page.goto(SEED.path);
  const heading = storyArticle(page).getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(SEED.title);
  await expect(heading).toBeInViewport();
  await expect(bodyParagraphs(page)).toHaveCount(SEED.paragraphs);

  // Related stories and the footer wait; the story's own text is never skipped.
  await expect.poll(() => skippedNow(page, 'section:has(#related-articles)')).toBe(true);
  expect(await skippedNow(page, 'footer')).toBe(true);
  expect(await bodyParagraphs(page).evaluateAll((paragraphs) => paragraphs.filter((p) => !p.checkVisibility({ contentVisibilityAuto: true })).length)).toBe(0);

  // Scrolled to, each block is laid out and on screen.
  for (const selector of ['section:has(#related-articles)', 'footer']) {
    const block = page.locator(selector).first();
    await block.scrollIntoViewIfNeeded();
    await expect.poll(() => skippedNow(page, selector)).toBe(false);
    await expect(block).toBeInViewport();
  }
  await expect(page.locator('#related-articles')).toBeVisible();
  await expect(page.getByRole('contentinfo').locator('dl')).toBeVisible();
});

test('a block not yet laid out is still found by find-in-page and reached by keyboard focus', async ({ page }) => {
  await watchSkipping(page);
  await page.goto(SEED.path);
  const related = 'section:has(#related-articles)';
  await expect.poll(() => skippedNow(page, related)).toBe(true);
  // window.find is what Ctrl+F does: it reaches text whose layout was skipped, and shows it.
  const heading = await page.locator('#related-articles').textContent();
  expect(await page.evaluate((text) => (window as unknown as { find: (s: string) => boolean }).find(text), heading!)).toBe(true);
  await expect.poll(() => skippedNow(page, related)).toBe(false);
  await expect(page.locator('#related-articles')).toBeInViewport();

  await page.evaluate(() => window.scrollTo(0, 0));
  const footerLink = page.getByRole('contentinfo').getByRole('link').first();
  await footerLink.focus();
  await expect(footerLink).toBeFocused();
  await expect(footerLink).toBeInViewport();
});
