import { expect, test, type Locator } from '@playwright/test';
import { MASTHEAD, SEED, bodyParagraphs, computed, siteHeader, storyArticle } from './support';

/** Each role is shown with its own name beside it: the <dd> that follows the role's <dt>. */
async function expectMasthead(region: Locator) {
  for (const { role, name } of MASTHEAD) {
    const term = region.getByRole('term').filter({ hasText: new RegExp(`^${role}$`) });
    await expect(term).toBeVisible();
    await expect(term.locator('xpath=following-sibling::dd[1]')).toHaveText(name);
    await expect(region.getByText(name, { exact: true })).toBeVisible();
  }
}

test('a reader follows the lead headline from the front page and reads the whole story', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');

  // Its headline among the top stories (the lead, unless the newsroom spec published a newer one); the
  // "most read" ranking, which may name it again, comes after them in the page.
  await page.getByRole('main').getByRole('link', { name: SEED.title, exact: true }).first().click();
  await expect(page).toHaveURL(SEED.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);

  expect(await computed(storyArticle(page), 'direction')).toBe('rtl');
  expect(await computed(page.locator('body'), 'direction')).toBe('rtl');

  await expectMasthead(siteHeader(page));
  await expectMasthead(page.getByRole('contentinfo'));

  const paragraphs = bodyParagraphs(page);
  await expect(paragraphs).toHaveCount(SEED.paragraphs);
  for (const paragraph of await paragraphs.all()) {
    await expect(paragraph).toBeVisible();
    // Visible means laid out with real text, not an empty box.
    expect((await paragraph.innerText()).trim().length).toBeGreaterThan(80);
  }
  await expect(paragraphs.first()).toContainText(SEED.firstParagraph);
  await expect(paragraphs.last()).toContainText(SEED.lastParagraph);
});
