/**
 * The Content-Security-Policy, in a real browser: the pages must load, hydrate and work with
 * nothing refused. A policy too strict breaks the site silently, so this is the proof that it
 * allows everything the site needs (and lib/security-headers' unit test that it allows no more).
 * Skipped where no Chromium is installed (CHROMIUM_PATH, default /usr/bin/chromium).
 */
import fs from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { BASE_URL } from './server';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const run = fs.existsSync(CHROMIUM) ? describe : describe.skip;

run('the Content-Security-Policy in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(['/news/1001', '/', '/en/news/1010', '/section/economy', '/no/such/page'])('%s loads and hydrates with nothing refused', async (path) => {
    const page = await browser.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      // CSP refusals, and policies Chromium cannot read ("Unrecognized feature" in Permissions-Policy).
      if (/Content Security Policy|Refused to|Permissions-Policy|Unrecognized feature/i.test(message.text())) refused.push(message.text());
    });
    await page.exposeFunction('reportViolation', (v: string) => refused.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const response = await page.goto(`${BASE_URL}${path}`, { waitUntil: 'networkidle' });
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'");
    // React has hydrated: the page's language is set by the server and its client island renders.
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toMatch(/^(ar|en)$/);
    if (path.includes('/news/')) await page.getByRole('button').first().waitFor({ timeout: 10_000 });
    expect(refused).toEqual([]);
    await page.close();
  });
});
