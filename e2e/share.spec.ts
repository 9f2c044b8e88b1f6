import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { CANONICAL, SEED } from './support';

const RLM = '\u200F';
const shareText = `${RLM}${SEED.title}`;

/** Each network's share endpoint, and the query parameters that must carry the story. */
const NETWORKS = [
  { label: 'شارك عبر واتساب', origin: 'https://wa.me', path: '/', params: { text: `${shareText}\n${CANONICAL}` } },
  { label: 'شارك عبر فيسبوك', origin: 'https://www.facebook.com', path: '/sharer/sharer.php', params: { u: CANONICAL } },
  { label: 'شارك عبر إكس', origin: 'https://x.com', path: '/intent/post', params: { text: shareText, url: CANONICAL } },
  { label: 'شارك عبر تيليجرام', origin: 'https://t.me', path: '/share/url', params: { url: CANONICAL, text: shareText } },
] as const;

/**
 * What is on the system clipboard. The site's Permissions-Policy rightly forbids reading it
 * (clipboard-read=()), so read it from a blank page of our own on the same origin.
 */
async function readClipboard(context: BrowserContext): Promise<string> {
  const reader = await context.newPage();
  await reader.route('**/__clipboard-reader', (route) => route.fulfill({ contentType: 'text/html', body: '<title>clipboard</title>' }));
  await reader.goto('/__clipboard-reader');
  const text = await reader.evaluate(() => navigator.clipboard.readText());
  await reader.close();
  return text;
}

function shareNav(page: Page) {
  return page.getByRole('navigation', { name: 'شارك الخبر' });
}

test.describe('sharing an article', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copy link puts the canonical URL on the clipboard and says so', async ({ page, context }) => {
    // The most common Android width, where the words had no room beside the buttons.
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(SEED.path);
    const status = shareNav(page).getByRole('status');
    await expect(status).toHaveText('');

    // Where the story begins on the page (not on the screen: the click may scroll).
    const storyTop = () => page.locator('.article-body p').first().evaluate((p) => p.getBoundingClientRect().top + window.scrollY);
    const before = await storyTop();
    await shareNav(page).getByRole('button', { name: 'انسخ الرابط' }).click();
    await expect(status).toHaveText('تم نسخ الرابط');
    expect(await readClipboard(context)).toBe(CANONICAL);
    // The words sit whole on one line on the screen (a phone had squeezed them into two beside the
    // buttons), and the story under the bar does not move.
    const said = (await status.boundingBox())!;
    expect(said.x).toBeGreaterThanOrEqual(0);
    expect(said.x + said.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    const lineHeight = await status.evaluate((span) => parseFloat(getComputedStyle(span).lineHeight));
    expect(said.height).toBeLessThan(lineHeight * 1.5);
    expect(await storyTop()).toBe(before);
  });

  test('share links carry the encoded canonical URL and open the network in a new tab', async ({ page, context }) => {
    // No internet here: answer the networks' pages locally, so a click proves which page would open.
    const opened: string[] = [];
    await context.route(/^https:\/\/(wa\.me|www\.facebook\.com|x\.com|t\.me)\//, (route) => {
      opened.push(route.request().url());
      return route.fulfill({ contentType: 'text/html', body: '<title>stub</title>' });
    });
    await page.goto(SEED.path);

    for (const network of NETWORKS) {
      const link = shareNav(page).getByRole('link', { name: network.label, exact: true });
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', /(?=.*\bnoopener\b)(?=.*\bnoreferrer\b)/);

      const href = (await link.getAttribute('href')) ?? '';
      const url = new URL(href);
      expect(url.origin + url.pathname).toBe(network.origin + network.path);
      expect(Object.fromEntries(url.searchParams)).toEqual(network.params);
      // Encoded, not pasted raw: the canonical URL appears only percent-encoded in the link.
      expect(href).toContain(encodeURIComponent(CANONICAL));
      expect(href).not.toContain(CANONICAL);

      const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
      await tab.waitForLoadState();
      // The link writes the headline's letters as they are; the browser percent-encodes them on the way.
      expect(tab.url()).toBe(url.href);
      await tab.close();
      // The article stays where it was.
      await expect(page).toHaveURL(SEED.path);
    }
    expect(opened).toEqual(NETWORKS.map((n) => expect.stringContaining(n.origin)));
  });

  test("the phone's share sheet gets the canonical URL and the headline", async ({ page }) => {
    // Desktop Chromium on Linux has no Web Share; stand one in before the page's scripts run.
    await page.addInitScript(() => {
      const calls: ShareData[] = [];
      Object.assign(window, { __shares: calls });
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: (data: ShareData) => (calls.push(data), Promise.resolve()),
      });
    });
    await page.goto(SEED.path);
    await shareNav(page).getByRole('button', { name: 'مشاركة' }).click();
    const shares = await page.evaluate(() => (window as unknown as { __shares: ShareData[] }).__shares);
    expect(shares).toEqual([{ url: CANONICAL, title: SEED.title, text: shareText }]);
  });
});
