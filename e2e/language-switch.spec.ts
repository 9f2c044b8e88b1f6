import { expect, test, type Locator, type Page } from '@playwright/test';
import { SEED, TRANSLATION, computed, logoLink, siteHeader, storyArticle } from './support';

interface Edges {
  start: number; // gap between the box and the viewport's left edge
  end: number; // gap between the box and the viewport's right edge
}

async function edges(page: Page, locator: Locator): Promise<Edges> {
  const box = await locator.boundingBox();
  const width = page.viewportSize()?.width;
  if (!box || !width) throw new Error('element is not laid out');
  return { start: box.x, end: width - (box.x + box.width) };
}

function breadcrumbHome(page: Page, name: string): Locator {
  return storyArticle(page).getByRole('navigation').getByRole('link', { name, exact: true });
}

async function expectEdition(page: Page, locale: 'ar' | 'en', dir: 'rtl' | 'ltr') {
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(page.locator('html')).toHaveAttribute('dir', dir);
  expect(await computed(storyArticle(page), 'direction')).toBe(dir);
}

test('the language switch opens the translation, mirrored, and comes back', async ({ page }) => {
  await page.goto(SEED.path);
  await expectEdition(page, 'ar', 'rtl');
  await expect(logoLink(page)).toContainText('الوفد');
  const arLogo = await edges(page, logoLink(page));
  const arSwitch = await edges(page, siteHeader(page).getByRole('link', { name: 'English' }));
  // Arabic reads from the right: the name sits at the right edge, the switch at the left.
  expect(arLogo.end).toBeLessThan(arSwitch.end);
  expect(arSwitch.start).toBeLessThan(arLogo.start);
  const arCrumb = await edges(page, breadcrumbHome(page, 'الرئيسية'));
  expect(arCrumb.end).toBeLessThan(arCrumb.start);

  await siteHeader(page).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(TRANSLATION.path);
  await expectEdition(page, 'en', 'ltr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TRANSLATION.title);
  await expect(logoLink(page)).toContainText('Al-Wafd');
  const enLogo = await edges(page, logoLink(page));
  const enSwitch = await edges(page, siteHeader(page).getByRole('link', { name: 'العربية' }));
  expect(enLogo.start).toBeLessThan(enSwitch.start);
  expect(enSwitch.end).toBeLessThan(enLogo.end);
  // Mirrored, not merely rearranged: each sits as far from its edge as its counterpart did.
  expect(Math.abs(enLogo.start - arLogo.end)).toBeLessThanOrEqual(1);
  expect(Math.abs(enSwitch.end - arSwitch.start)).toBeLessThanOrEqual(1);
  // The article mirrors too: its breadcrumb starts at the inline-start edge, as far from it as in Arabic.
  const enCrumb = await edges(page, breadcrumbHome(page, 'Home'));
  expect(Math.abs(enCrumb.start - arCrumb.end)).toBeLessThanOrEqual(1);
  expect(enCrumb.start).toBeLessThan(enCrumb.end);

  await siteHeader(page).getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(SEED.path);
  await expectEdition(page, 'ar', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
});
