import { expect, test } from '@playwright/test';
import { CANONICAL, SEED, bodyParagraphs, storyArticle } from './support';

// The article is server-rendered HTML: with scripts off it must read completely and still share.
test.use({ javaScriptEnabled: false });

test('with JavaScript off the whole article reads and the share links work', async ({ page }) => {
  await page.goto(SEED.path);
  const article = storyArticle(page);

  await expect(article.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
  await expect(bodyParagraphs(page)).toHaveCount(SEED.paragraphs);
  for (const paragraph of await bodyParagraphs(page).all()) await expect(paragraph).toBeVisible();
  await expect(bodyParagraphs(page).last()).toContainText(SEED.lastParagraph);

  const figure = article.getByRole('figure');
  await expect(figure).toBeVisible();
  const image = figure.getByRole('img', { name: 'صاروخ ينطلق نحو المدار' });
  await expect(image).toBeVisible();
  await expect(figure.locator('figcaption')).toHaveText(SEED.caption);
  // The picture really arrived and decoded (no client code is needed to pick a source).
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);

  const share = page.getByRole('navigation', { name: 'شارك الخبر' });
  const links = share.getByRole('link');
  await expect(links).toHaveCount(4);
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute('href', new RegExp(`^https://(wa\\.me|www\\.facebook\\.com|x\\.com|t\\.me)/.*${escape(encodeURIComponent(CANONICAL))}`));
    await expect(link).toHaveAttribute('target', '_blank');
  }
  // Copy and native share need scripts: a reader without them is never offered a dead button. The
  // one button left is the header's search, a plain form submission (e2e/search.spec.ts uses it).
  await expect(share.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('button')).toHaveText(['بحث']);
  await expect(share.getByRole('status')).toHaveCount(0);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
