import { expect, test, type Page } from '@playwright/test';
import { CANONICAL, MASTHEAD, SEED, screenshotAt, SITE_URL, TRANSLATION, bodyParagraphs, storyArticle } from './support';

/**
 * Printing an article: the masthead, headline, byline, dates, body and the story's address — and
 * none of what paper cannot use. Checked with the print media emulated, in both colour schemes
 * (a reader in dark mode still prints black on white).
 */

async function visible(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().isVisible();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the Arabic article prints its masthead, headline, byline, dates, body and address only (${colorScheme} screen)`, async ({ page }, testInfo) => {
    await page.emulateMedia({ media: 'print', colorScheme });
    await page.goto(SEED.path);
    const article = storyArticle(page);

    await expect(page.locator('header .wordmark').first()).toBeVisible();
    for (const { name } of MASTHEAD) await expect(page.getByRole('banner').getByText(name)).toBeVisible();
    await expect(article.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
    await expect(article.getByText('من بوابة الوفد', { exact: true })).toBeVisible();
    await expect(article.locator('time').first()).toBeVisible();
    await expect(bodyParagraphs(page)).toHaveCount(SEED.paragraphs);
    await expect(bodyParagraphs(page).last()).toBeVisible();
    const address = article.getByText(CANONICAL);
    await expect(address).toBeVisible();
    await expect(address.locator('..')).toHaveText(`رابط الخبر: ${CANONICAL}`);

    for (const [what, selector] of [
      ['sections', 'nav[aria-label="الأقسام"]'],
      ['share bar', 'nav[aria-label="شارك الخبر"]'],
      ['breadcrumb', 'nav[aria-label="مسار التصفح"]'],
      ['language switch', 'a[hreflang="en"]'],
      ['search box', 'header form[role="search"]'],
      ['date line', 'header p:has(> time)'],
      ['picture', 'main figure'],
      ['related stories', '#related-articles'],
      ['tags', '#article-tags'],
      ['footer', 'footer'],
    ] as const) {
      expect(await visible(page, selector), `${what} is not printed`).toBe(false);
    }

    // Black on white whatever the screen's scheme.
    const colours = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.querySelector('main h1')!).color]);
    expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);

    const width = page.viewportSize()?.width ?? 0;
    const file = `print-article-ar-${colorScheme}-${width}.png`;
    const shot = screenshotAt(file);
    await page.screenshot({ path: shot.path, fullPage: true });
    testInfo.annotations.push({ type: 'screenshot', description: shot.description });
  });
}

test('the English article prints its address too, and the PDF is made', async ({ page, browserName }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto(TRANSLATION.path);
  await expect(storyArticle(page).getByText(`${SITE_URL}${TRANSLATION.path}`)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Share this story' })).toBeHidden();
  // Chromium prints: the page lays out on A4 without error.
  if (browserName === 'chromium') expect((await page.pdf({ format: 'A4' })).length).toBeGreaterThan(10_000);
});

test('a column prints its opinion label: drawn on paper without the red fill, which printers leave out', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/news/1006');
  const label = storyArticle(page).locator('header').getByText('رأي', { exact: true });
  await expect(label).toBeVisible();
  // Browsers print no backgrounds unless asked: white text on the red fill would leave white on white.
  const style = await label.evaluate((el) => {
    const s = getComputedStyle(el);
    return { color: s.color, background: s.backgroundColor, border: s.borderInlineStartStyle };
  });
  expect(style).toEqual({ color: 'rgb(179, 18, 27)', background: 'rgba(0, 0, 0, 0)', border: 'solid' });
});

test('a link in the story prints its address after its words; the site’s own links print as words', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto(SEED.path);
  // The sample stories link nowhere: give the first paragraph a link of each kind, as an editor would.
  const printed = await page.evaluate(() => {
    const paragraph = document.querySelector('.article-body p')!;
    const outside = Object.assign(document.createElement('a'), { href: 'https://www.example.org/report', textContent: 'التقرير' });
    const inside = Object.assign(document.createElement('a'), { href: '/news/1002', textContent: 'خبر' });
    paragraph.append(outside, inside);
    return [outside, inside].map((a) => getComputedStyle(a, '::after').content);
  });
  expect(printed).toEqual(['" (https://www.example.org/report)"', 'none']);
});
