import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

/**
 * axe-core run in the page itself, injected once per document.
 *
 * @axe-core/playwright's `analyze()` injects axe's 550 KB into every frame on each call and finishes
 * each run in a new blank page: about a second a call on this machine against 0.2-0.35 s for
 * `axe.run` in a page that already has it (measured on the home page and a story: 1.0-1.7 s against
 * 0.15-0.57 s). The accessibility spec runs axe three times on each desktop page (at rest, hovered,
 * focused), so that second was most of the browser tests' time. Our pages have no frames:
 * axeViolations refuses a page with one, which axe injected in the top document would not see into.
 */
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Scope = {
  /** Only elements under this selector (the whole document otherwise). */
  within?: string;
  /** Only these of axe's rules (every WCAG 2.2 A and AA rule otherwise). */
  rules?: readonly string[];
};

/**
 * The rules whose answer can change when only the page's styles change — a link's colours, its
 * underline, a target's size — with the page's content and roles as they were. For pages put in a
 * pseudo-state (hover, focus): every other rule reads what a state does not touch, and was run at rest.
 * A hidden element a state reveals (the skip link, shown on focus) is checked at rest too: axe reads
 * the names and roles of what is visually hidden.
 */
export const STYLE_RULES = ['color-contrast', 'link-in-text-block', 'target-size'] as const;

/** Violations as a reviewer wants to read them in a failure: rule, impact, and where. */
export async function axeViolations(page: Page, { within, rules }: Scope = {}) {
  if (page.frames().length > 1) throw new Error(`${page.url()} has frames axe would not look into: inject it there too`);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const options: RunOptions = {
    runOnly: rules ? { type: 'rule', values: [...rules] } : { type: 'tag', values: WCAG },
    // Passes and "incomplete" are not read: axe keeps one node of each instead of all.
    resultTypes: ['violations'],
  };
  const { violations } = await page.evaluate(
    ([context, runOptions]) => (window as unknown as { axe: { run: (c: unknown, o: RunOptions) => Promise<AxeResults> } }).axe.run(context ?? document, runOptions),
    [within ?? null, options] as const,
  );
  return violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`),
  }));
}
