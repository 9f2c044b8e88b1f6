import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { launchOptions } from './browser';
import { SEED, TRANSLATION, layOutEveryBlock } from './support';

/**
 * Which typeface Chromium actually drew text with, read from the DevTools protocol
 * (CSS.getPlatformFontsForNode) — not what the CSS asks for, which is only a wish list.
 *
 * The browser runs with Noto Naskh Arabic and Noto Serif installed, as on every Android phone.
 * Noto Naskh Arabic draws Western digits, the colon and the full stop as well as Arabic letters,
 * so a stack that reaches it before the Latin face sets "24 November 2026 at 10:15" in two
 * typefaces: the letters serif, the digits and punctuation Arabic.
 */
test.use({
  launchOptions: { ...launchOptions, env: { ...process.env, FONTCONFIG_FILE: path.join(import.meta.dirname, 'fonts', 'reader-with-noto.conf') } },
});

interface Face {
  familyName: string;
  isCustomFont: boolean;
  glyphCount: number;
}

/** The faces that drew the text of each element matching `selector` (its own text nodes). */
async function facesOf(page: Page, selector: string): Promise<Face[][]> {
  await page.evaluate(() => document.fonts.ready);
  // Blocks below the fold draw nothing until a reader nears them: all are laid out, so all are read.
  await layOutEveryBlock(page);
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    const faces: Face[][] = [];
    for (const nodeId of nodeIds) faces.push((await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts);
    return faces;
  } finally {
    await cdp.detach();
  }
}

const families = (faces: Face[]) => [...new Set(faces.map((face) => face.familyName))].sort();
const ARABIC_WEB_FONT = { familyName: 'Noto Naskh Arabic', isCustomFont: true };

/** The one face of the English article's date lines (asserted to be one). */
async function englishDateFace(page: Page): Promise<string> {
  await page.goto(TRANSLATION.path);
  const dates = await facesOf(page, 'main article time');
  expect(dates.length).toBeGreaterThan(0);
  for (const faces of dates) expect(families(faces)).toHaveLength(1);
  return families(dates[0]!)[0]!;
}

test('English: a date line is one typeface, its digits, colon and full stop included', async ({ page }) => {
  const face = await englishDateFace(page);
  expect(face).not.toBe('Noto Naskh Arabic');
  // The front page's date lines too.
  await page.goto('/en');
  const dates = await facesOf(page, 'time');
  expect(dates.length).toBeGreaterThan(0);
  for (const faces of dates) expect(families(faces)).toEqual([face]);
});

test('Arabic: letters in the Noto Naskh Arabic web font, Western digits in the same face as in English', async ({ page }) => {
  const latin = await englishDateFace(page);
  await page.goto(SEED.path);
  const [date] = await facesOf(page, 'main article time');
  // "24 نوفمبر 2026، 10:15": the month in the web font, the numbers in the edition-independent Latin face.
  expect(date).toContainEqual(expect.objectContaining(ARABIC_WEB_FONT));
  expect(families(date!)).toEqual(['Noto Naskh Arabic', latin].sort());
  // The headline's Arabic words are drawn by the web font too.
  const [heading] = await facesOf(page, 'main article h1');
  expect(heading).toContainEqual(expect.objectContaining(ARABIC_WEB_FONT));
});

test('Arabic words inside the English edition (the language switch) are set in the Arabic web font', async ({ page }) => {
  await page.goto(TRANSLATION.path);
  const [label] = await facesOf(page, 'a[hreflang="ar"] > [lang="ar"]');
  expect(label!.map(({ familyName, isCustomFont }) => ({ familyName, isCustomFont }))).toEqual([ARABIC_WEB_FONT]);
});

test('Arabic is never slanted (Naskh has no italic): emphasis is bold and upright; English keeps its italic', async ({ page }) => {
  const emphasis = () =>
    page.evaluate(() => {
      const paragraph = document.querySelector('main article p')!;
      const em = paragraph.appendChild(document.createElement('em'));
      em.textContent = paragraph.closest('[lang="ar"], html')!.getAttribute('lang') === 'ar' ? 'مهم' : 'important';
      const { fontStyle, fontWeight } = getComputedStyle(em);
      return { fontStyle, fontWeight };
    });
  await page.goto('/news/1002');
  await expect(page.getByText('مادة تجريبية')).toHaveCSS('font-style', 'normal');
  expect(await emphasis()).toEqual({ fontStyle: 'normal', fontWeight: '700' });
  await page.goto('/en/news/1011');
  expect((await emphasis()).fontStyle).toBe('italic');
});
