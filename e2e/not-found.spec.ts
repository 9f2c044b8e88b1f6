import { expect, test } from '@playwright/test';
import { SEED } from './support';

for (const notFound of [
  { path: '/news/999999999', lang: 'ar', dir: 'rtl', h1: 'الصفحة غير موجودة', home: 'العودة إلى الصفحة الرئيسية', homeHref: '/' },
  { path: '/en/anything', lang: 'en', dir: 'ltr', h1: 'Page not found', home: 'Back to the home page', homeHref: '/en' },
] as const) {
  test(`${notFound.path} shows the ${notFound.lang} 404 page with a way home`, async ({ page }) => {
    const response = await page.goto(notFound.path);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', notFound.lang);
    await expect(page.locator('html')).toHaveAttribute('dir', notFound.dir);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(notFound.h1);
    // The page keeps the paper's header and footer around it.
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();

    const home = page.getByRole('main').getByRole('link', { name: notFound.home });
    await expect(home).toHaveAttribute('href', notFound.homeHref);
    await home.click();
    await expect(page).toHaveURL(notFound.homeHref);
    await expect(page.locator('html')).toHaveAttribute('lang', notFound.lang);
  });
}

for (const legacy of ['/1001', '/essay/1001']) {
  test(`the old link ${legacy} lands on the article with a permanent redirect`, async ({ page }) => {
    const first = await page.request.get(legacy, { maxRedirects: 0 });
    expect(first.status()).toBe(308);
    expect(new URL(first.headers()['location'] ?? '', 'http://localhost').pathname).toBe(SEED.path);

    const response = await page.goto(legacy);
    expect(response?.status()).toBe(200);
    expect((await response?.request().redirectedFrom()?.response())?.status()).toBe(308);
    await expect(page).toHaveURL(SEED.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
  });
}
