import { expect, test } from '@playwright/test';
import { PAGES } from './pages';

/**
 * A phone of 360 px at 200% zoom lays pages out 180 CSS px wide (WCAG's reflow asks for 320; readers
 * who zoom go further). Every page still fits: the header's wordmark and language switch, the share
 * bar, a list's picture and text, the writer's portrait and the date line wrap instead of running
 * off the screen — in Arabic off its left edge, where the wordmark and the search box were cut.
 */
const ZOOMED_PHONE = { width: 180, height: 400 };

test.describe('a phone at 200% zoom', () => {
  test.skip(({ isMobile }) => !isMobile, 'a phone’s width');
  test.use({ viewport: ZOOMED_PHONE });

  for (const target of PAGES) {
    test(`${target.name}: nothing wider than the screen`, async ({ page }) => {
      const response = await page.goto(target.path);
      expect(response?.status()).toBe(target.status);
      await page.evaluate(() => document.fonts.ready);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
