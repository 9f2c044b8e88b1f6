import { expect, test, type Page } from '@playwright/test';
import { SEED, sidewaysScroll, TRANSLATION } from './support';

/**
 * The header's search box in a real browser: reached and used by keyboard alone, and with scripts
 * off. What is checked is what the reader sees: the address, the heading, the story found with the
 * words marked, the box holding the query, and a result that leads to its story.
 */

/** The path and the query the browser asked for, read back from the address bar. */
function searched(page: Page) {
  const url = new URL(page.url());
  return { path: url.pathname, q: url.searchParams.get('q') };
}

for (const edition of [
  {
    from: SEED.path,
    box: 'كلمات البحث',
    query: 'مراكز البيانات',
    path: '/search',
    heading: 'نتائج البحث عن «مراكز البيانات»',
    results: 'نتائج البحث',
    story: SEED.title,
    marked: ['مراكز', 'البيانات'],
  },
  {
    from: TRANSLATION.path,
    box: 'Search words',
    query: 'data centres',
    path: '/en/search',
    heading: 'Results for “data centres”',
    results: 'Search results',
    story: TRANSLATION.title,
    marked: ['data', 'centres'],
  },
] as const) {
  test(`keyboard: Tab reaches the header search box, Enter searches (${edition.from})`, async ({ page, isMobile }) => {
    test.skip(isMobile, 'keyboard-only navigation is a desktop concern');
    await page.goto(edition.from);
    const box = page.getByRole('banner').getByRole('searchbox', { name: edition.box });
    // The box is a few stops in (skip link, the paper's name, the language switch): Tab alone gets there.
    for (let i = 0; i < 10 && !(await box.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(box).toBeFocused();
    await page.keyboard.type(edition.query);
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(edition.heading);
    expect(searched(page)).toEqual({ path: edition.path, q: edition.query });
    // The story about data centres is among the results, its headline a link with the two words marked.
    const results = page.getByRole('list', { name: edition.results });
    const headline = results.getByRole('link', { name: edition.story });
    await expect(headline).toBeVisible();
    await expect(headline.locator('mark')).toHaveText([...edition.marked]);
    // The page's own box holds the query, ready to change.
    await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue(edition.query);
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the header form submits, the results page reads completely, and a result leads to its story', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('banner').getByRole('searchbox', { name: 'كلمات البحث' }).fill('الذكاء الاصطناعي');
    await page.getByRole('banner').getByRole('button', { name: 'بحث' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('نتائج البحث عن «الذكاء الاصطناعي»');
    expect(searched(page)).toEqual({ path: '/search', q: 'الذكاء الاصطناعي' });
    const results = page.getByRole('list', { name: 'نتائج البحث' });
    // Four stories of content/ speak of artificial intelligence (1001, 1003, 1006, 1009).
    expect(await results.getByRole('listitem').count()).toBeGreaterThanOrEqual(4);
    const title = 'الذكاء الاصطناعي في غرفة الأخبار: مساعد مجتهد لا رئيس تحرير';
    await expect(results.getByRole('link', { name: title }).locator('mark')).toHaveText(['الذكاء', 'الاصطناعي']);
    await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('الذكاء الاصطناعي');

    // Following that headline opens the story.
    await results.getByRole('link', { name: title }).click();
    await expect(page).toHaveURL(/\/news\/1006(\/|$|\?)/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });
});

test('a hashtag or a pasted link as the query breaks inside the page, never widening it on a phone', async ({ page }) => {
  for (const query of ['#الذكاء_الاصطناعي_في_غرف_الأخبار_ومستقبل_الصحافة', 'https://www.alwafd.news/news/1001?utm_source=whatsapp&utm_medium=social']) {
    await page.goto(`/search?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(query.slice(0, 20));
    expect(await sidewaysScroll(page), query).toBeLessThanOrEqual(0);
  }
});

test('a query past the limit is refused with its first 200 characters kept in the box, to be shortened', async ({ page }) => {
  const query = 'الذكاء الاصطناعي '.repeat(20).trim();
  expect([...query].length).toBeGreaterThan(200);
  await page.goto(`/search?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('عبارة البحث طويلة');
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue([...query].slice(0, 200).join('').trim());
});
