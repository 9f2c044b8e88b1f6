import { expect, test, type Page } from '@playwright/test';
import { SEED, TRANSLATION, storyArticle } from './support';
import { contrast, focusRing, type FocusRing } from './focus';

/** Tabs through the page from the top and records every stop, until focus leaves the page or wraps. */
async function tabStops(page: Page, limit = 80): Promise<FocusRing[]> {
  const stops: FocusRing[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const ring = await focusRing(page);
    if (!ring || (i > 0 && ring.id === stops[0]?.id && ring.href === stops[0]?.href)) break;
    stops.push(ring);
  }
  return stops;
}

/** A ring a sighted keyboard user can see: solid, thick enough, contrasting (WCAG 2.4.7, 1.4.11), not cut off. */
function expectVisibleRing(stop: FocusRing, index: number) {
  const where = `tab stop ${index + 1} (${stop.tag} "${stop.text}" ${stop.href ?? ''})`;
  expect(stop.inViewport, `${where} is scrolled into view`).toBe(true);
  expect(stop.width * stop.height, `${where} has a size`).toBeGreaterThan(16);
  expect(stop.outlineStyle, `${where} outline`).not.toBe('none');
  expect(stop.outlineWidth, `${where} outline width`).toBeGreaterThanOrEqual(2);
  expect(contrast(stop.outlineColor, stop.backdrop), `${where} outline ${stop.outlineColor} on ${stop.backdrop}`).toBeGreaterThanOrEqual(3);
  expect(stop.clippedBy, `${where} ring clipped`).toEqual([]);
}

test('the skip link comes first and jumps into the article', async ({ page }) => {
  await page.goto(SEED.path);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'انتقل إلى المحتوى' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  expectVisibleRing((await focusRing(page))!, 0);

  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page).toHaveURL(`${SEED.path}#main-content`);

  await page.keyboard.press('Tab');
  expect((await focusRing(page))?.inArticle, 'the next stop is in the article').toBe(true);
  await expect(storyArticle(page).getByRole('link', { name: 'الرئيسية' })).toBeFocused();
  const inArticle: FocusRing[] = [];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    inArticle.push((await focusRing(page))!);
  }
  expect(inArticle.every((stop) => stop.inArticle)).toBe(true);
  expect(inArticle.map((stop) => stop.text)).toEqual(['تكنولوجيا', 'شارك عبر واتساب', 'شارك عبر فيسبوك', 'شارك عبر إكس']);
});

for (const edition of [
  { path: SEED.path, locale: 'ar', name: 'الوفد', switchTo: 'English', search: 'بحث', home: 'الرئيسية', rtl: true },
  { path: TRANSLATION.path, locale: 'en', name: 'Al-Wafd', switchTo: 'العربية', search: 'Search', home: 'Home', rtl: false },
] as const) {
  test(`${edition.locale}: every tab stop shows its focus, in reading order`, async ({ page }) => {
    await page.goto(edition.path);
    const stops = await tabStops(page);
    expect(stops.length).toBeGreaterThan(15);
    stops.forEach(expectVisibleRing);

    // Header order follows reading order: skip link, the paper's name, the language switch, the
    // search box and its button, the sections.
    const [skip, logo, language, searchBox, searchButton, ...rest] = stops;
    expect(skip?.href).toBe('#main-content');
    expect(logo?.text).toContain(edition.name);
    expect(language?.text).toBe(edition.switchTo);
    expect(searchBox?.tag).toBe('input');
    expect(searchButton?.text).toBe(edition.search);
    const nav = rest.slice(0, 6);
    expect(nav[0]?.text).toBe(edition.home);
    // …laid out from the inline-start edge: right to left in Arabic, left to right in English.
    const xs = [logo!, language!].map((s) => s.x);
    const navXs = nav.map((s) => s.x);
    if (edition.rtl) {
      expect(xs[0]).toBeGreaterThan(xs[1]!);
      expect(navXs).toEqual([...navXs].sort((a, b) => b - a));
    } else {
      expect(xs[0]).toBeLessThan(xs[1]!);
      expect(navXs).toEqual([...navXs].sort((a, b) => a - b));
    }
  });
}
