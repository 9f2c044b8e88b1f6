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

test('once loaded, the story is laid out and the blocks after it wait until the reader comes to them', async ({ page }) => {
  await watchSkipping(page);
  await page.goto(SEED.path);
  const heading = storyArticle(page).getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(SEED.title);
  await expect(heading).toBeInViewport();
  await expect(bodyParagraphs(page)).toHaveCount(SEED.paragraphs);

  // Related stories and the footer wait; the story's own text is never skipped: neither its
  // paragraphs nor anything around them may be skipped by the browser.
  await expect.poll(() => skippedNow(page, 'section:has(#related-articles)')).toBe(true);
  await expect.poll(() => skippedNow(page, 'footer')).toBe(true);
  const skippable = await bodyParagraphs(page).evaluateAll((paragraphs) =>
    paragraphs.flatMap((p) => {
      const found: string[] = [];
      for (let element: Element | null = p; element; element = element.parentElement) {
        if (getComputedStyle(element).contentVisibility !== 'visible') found.push(element.tagName);
      }
      return found;
    }),
  );
  expect(skippable, 'the story’s text or a block around it may be skipped').toEqual([]);

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

test('a block not yet laid out is still found by find-in-page and reached with the Tab key', async ({ page }) => {
  await watchSkipping(page);
  await page.goto(SEED.path);
  const related = 'section:has(#related-articles)';
  await expect.poll(() => skippedNow(page, related)).toBe(true);
  // window.find stands in for the browser's find-in-page (Ctrl+F, which a test cannot press): it
  // too searches text whose layout was skipped, selects it, and the block is laid out.
  const heading = await page.locator('#related-articles').textContent();
  expect(await page.evaluate((text) => (window as unknown as { find: (s: string) => boolean }).find(text), heading!)).toBe(true);
  expect(await page.evaluate(() => document.getElementById('related-articles')!.contains(window.getSelection()!.anchorNode))).toBe(true);
  await expect.poll(() => skippedNow(page, related)).toBe(false);

  // Tabbing from the last link before the footer, with the footer not laid out, reaches its first
  // link, on screen.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(() => skippedNow(page, 'footer')).toBe(true);
  await page.locator('main a').last().focus();
  await page.keyboard.press('Tab');
  const footerLink = page.getByRole('contentinfo').getByRole('link').first();
  await expect(footerLink).toBeFocused();
  await expect(footerLink).toBeInViewport();
});

test('until it is laid out, the related stories’ block is as tall as its stories, so none lies over what follows', async ({ page }) => {
  const related = 'section:has(#related-articles)';
  await watchSkipping(page);
  // Phones under 360px, the common Android width, Lighthouse’s phone (412px), the narrowest small tablet, a desktop.
  for (const width of [320, 360, 412, 640, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(SEED.path);
    await expect.poll(() => skippedNow(page, related)).toBe(true);
    // Read as axe reads a date's colours: the stories are laid out inside the box the browser keeps
    // for the block while it skips it; the last story must end inside that box.
    const skipped = await page.locator(related).evaluate((block) => ({
      bottom: block.getBoundingClientRect().bottom,
      lastStory: block.querySelector('article:last-of-type')!.getBoundingClientRect().bottom,
    }));
    expect(skipped.lastStory, `${width}px: the last related story ends below the block's estimated height`).toBeLessThanOrEqual(skipped.bottom);
  }
});
