import { expect, test, type Page } from '@playwright/test';
import { PAGES, type PageUnderTest } from './pages';
import { axeViolations, STYLE_RULES } from './axe';
import { layOutEveryBlock, PAPER, paperOf, sidewaysScroll } from './support';

async function open(page: Page, target: PageUnderTest) {
  const response = await page.goto(target.path);
  expect(response?.status()).toBe(target.status);
  // Prove it is the page we meant (an accidental 404 would pass axe just as well).
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.h1);
  await page.evaluate(() => document.fonts.ready);
  // axe reads colours from the layout: every block below the fold is laid out for it.
  await layOutEveryBlock(page);
}

/**
 * Puts every link and button in a pseudo-state at once (through DevTools, as its "force state"
 * does) so axe measures the colours a reader sees while pointing at or tabbing to each of them.
 * One DevTools session per page: forcing a new state replaces the previous one; `rest` clears it.
 */
async function stateForcer(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'a[href], button' });
  const classes = { rest: [], hover: ['hover'], 'focus-visible': ['focus', 'focus-visible'] };
  return async (state: keyof typeof classes) => {
    for (const nodeId of nodeIds) await cdp.send('CSS.forcePseudoState', { nodeId, forcedPseudoClasses: classes[state] });
    return nodeIds.length;
  };
}

function paint(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], button')].map((el) => {
      const s = getComputedStyle(el);
      return `${s.color}|${s.backgroundColor}|${s.textDecorationLine}|${s.outlineStyle}`;
    }),
  );
}

/**
 * A phone of 360 px at 200% zoom lays pages out 180 CSS px wide (WCAG 1.4.10, reflow, asks for 320;
 * readers who zoom go further). Every page still fits: the header's wordmark and language switch, the
 * share bar, a list's picture and text, the writer's portrait and the date line wrap instead of running
 * off the screen — in Arabic off its left edge, where the wordmark and the search box were cut.
 * Checked on the phone's page already loaded for axe, its window narrowed as a zoom narrows it, and with
 * every block laid out, so a block below the fold cannot hide a line that runs off the screen.
 */
const ZOOMED_PHONE = { width: 180, height: 400 };

// Both colour schemes: the site follows the reader's system setting, and each must pass on its own. One
// page load for both (the scheme is switched in place, as a reader's system switches it at dusk): a
// load, its fonts and axe's injection are most of a check's time.
for (const target of PAGES) {
  test(`${target.name} ${target.path}: no WCAG 2.2 AA violations in the light and the dark scheme (on desktop also with every link hovered, then focused; on a phone nothing wider than the screen at 200% zoom)`, async ({ page, isMobile }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page, target);
    // Hover styles only apply where the pointer can hover; a touch screen has neither state to check.
    const forceState = isMobile ? undefined : await stateForcer(page);
    for (const colorScheme of ['light', 'dark'] as const) {
      await test.step(colorScheme, async () => {
        await page.emulateMedia({ colorScheme });
        await forceState?.('rest');
        // The page really is in this scheme (its paper), or the dark pass would only repeat the light one.
        expect(await paperOf(page)).toBe(PAPER[colorScheme]);
        expect(await axeViolations(page), `${colorScheme}, at rest`).toEqual([]);
        if (!forceState) return;
        const rest = await paint(page);
        for (const state of ['hover', 'focus-visible'] as const) {
          expect(await forceState(state)).toBeGreaterThan(0);
          const forced = await paint(page);
          // The forced state really changed how links look; otherwise this step would prove nothing.
          expect(forced.filter((look, i) => look !== rest[i]).length, `${colorScheme}, ${state}: links look different`).toBeGreaterThan(0);
          // Only the rules a state can change (the rest ran at rest): the six axe runs of a desktop page took
          // 80 s for the 21 pages with every rule each time, 71 s so (two workers, this machine).
          expect(await axeViolations(page, { rules: STYLE_RULES }), `${colorScheme}, ${state}`).toEqual([]);
        }
      });
    }
    if (!isMobile) return;
    await test.step('200% zoom', async () => {
      await page.setViewportSize(ZOOMED_PHONE);
      expect(await page.evaluate(() => document.documentElement.clientWidth)).toBe(ZOOMED_PHONE.width);
      expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    });
  });
}
