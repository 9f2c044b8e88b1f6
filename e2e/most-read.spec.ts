import { expect, test } from '@playwright/test';

/**
 * The view beacon in a real browser: a story page, once shown, posts its id to /api/read — once,
 * with no cookie — and nothing else on the site sends anything.
 */
test('reading a story sends one view, no cookie, and other pages send none', async ({ page, context }) => {
  const beacons: { body: string | null; cookie: string | undefined }[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/read') beacons.push({ body: request.postData(), cookie: request.headers().cookie });
  });
  const answer = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/read');
  await page.goto('/news/1003');
  expect([204, 429]).toContain((await answer).status());
  await page.goto('/');
  await page.goto('/section/economy');
  await page.goto('/writer/salma-abdelhamid');
  expect(beacons).toEqual([{ body: '{"id":1003}', cookie: undefined }]);
  expect(await context.cookies()).toEqual([]);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the story reads as ever and no view is sent', async ({ page }) => {
    let sent = 0;
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/read') sent++;
    });
    await page.goto('/news/1003');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(sent).toBe(0);
  });
});
