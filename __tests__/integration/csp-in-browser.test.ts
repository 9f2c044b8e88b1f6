/**
 * The security policies in a real browser. A Content-Security-Policy too strict breaks a site
 * silently — the HTML arrives, React never starts — so this is the proof that the hashed policy
 * allows everything the pages need: in both editions, each page hydrates (a marker set on
 * `window` survives a client-side navigation by Next's router, so no full reload happened, and the
 * page it lands on rendered in the browser), the share island's button reacts, and the browser
 * refuses nothing and reports no policy it cannot read (Permissions-Policy features Chromium does
 * not know are logged on every page).
 *
 * Needs Chromium (CHROMIUM_PATH, default /usr/bin/chromium). Without it the tests are skipped with a
 * warning — and fail when CI is set, where a missing browser must not pass for a green run.
 */
import fs from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import { describeWith } from './required-tool';
import { BASE_URL } from './server';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const HAVE_CHROMIUM = fs.existsSync(CHROMIUM);
const MISSING = `no Chromium at ${CHROMIUM} (set CHROMIUM_PATH): the browser checks of the security policies did not run`;

const run = describeWith(HAVE_CHROMIUM, MISSING);

/** Everything the browser says about policies: CSP refusals, violation events, unreadable headers. */
async function watchPolicies(page: Page): Promise<string[]> {
  const complaints: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to|Permissions-Policy|Unrecognized feature/i.test(message.text())) complaints.push(message.text());
  });
  page.on('pageerror', (error) => complaints.push(`page error: ${error.message}`));
  await page.exposeFunction('reportViolation', (v: string) => complaints.push(`violation: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
    });
  });
  return complaints;
}

/** The response's script-src: hashes only, no 'unsafe-inline' (the server finished this page). */
function expectHashedPolicy(csp: string | undefined) {
  const scriptSrc = /(?:^|;\s*)script-src ([^;]*)/.exec(csp ?? '')?.[1] ?? '';
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/]{43}='/);
}

/** Stays on window only as long as the document does: a full page load would drop it. */
const MARK = '__wafdSameDocument';

async function markDocument(page: Page) {
  await page.evaluate((mark) => ((window as unknown as Record<string, unknown>)[mark] = true), MARK);
}

const heading = (page: Page) => page.evaluate(() => document.querySelector('h1')?.textContent ?? null);

const sameDocument = (page: Page) => page.evaluate((mark) => (window as unknown as Record<string, unknown>)[mark] === true, MARK);

/** A navigation by Next's client router (the App Router's public instance), as a <Link> would make. */
async function navigateInApp(page: Page, path: string) {
  await page.waitForFunction(() => Boolean((window as unknown as { next?: { router?: unknown } }).next?.router));
  await page.evaluate((to) => (window as unknown as { next: { router: { push(href: string): void } } }).next.router.push(to), path);
  await page.waitForURL(`${BASE_URL}${path}`);
}

const EDITIONS = [
  { lang: 'ar', start: '/', article: '/news/1001', words: ar.ShareBar },
  { lang: 'en', start: '/en', article: '/en/news/1010', words: en.ShareBar },
] as const;

run('the security policies in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(EDITIONS)('$lang: the front page hydrates and navigates in the app to an article, whose island works', async ({ lang, start, article, words }) => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const complaints = await watchPolicies(page);

    const response = await page.goto(`${BASE_URL}${start}`, { waitUntil: 'networkidle' });
    expectHashedPolicy(response?.headers()['content-security-policy']);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    await markDocument(page);
    const frontPageHeading = await heading(page);

    await navigateInApp(page, article);
    expect(await sameDocument(page)).toBe(true);
    // The article was rendered by React in this document, not loaded as a new one.
    await page.waitForFunction((previous) => (document.querySelector('h1')?.textContent ?? null) !== previous, frontPageHeading);

    // The island on the page the browser rendered itself: its button exists only once React runs.
    const share = page.getByRole('navigation', { name: words.label });
    await share.getByRole('button', { name: words.copy }).click();
    await share.locator('[role="status"]', { hasText: words.copied }).waitFor({ timeout: 10_000 });

    expect(complaints).toEqual([]);
    await context.close();
  });

  it.each(['/news/1001', '/en/news/1010', '/', '/section/economy', '/blank', '/no/such/page'])(
    '%s loaded directly runs under the hashed policy with nothing refused',
    async (path) => {
      const page = await browser.newPage();
      const complaints = await watchPolicies(page);
      const response = await page.goto(`${BASE_URL}${path}`, { waitUntil: 'networkidle' });
      expectHashedPolicy(response?.headers()['content-security-policy']);
      await markDocument(page);
      // React is running: an in-app navigation renders the next page in this same document.
      const section = path.startsWith('/en') ? '/en/section/technology' : '/section/technology';
      const before = await heading(page);
      await navigateInApp(page, section);
      await page.waitForFunction((previous) => (document.querySelector('h1')?.textContent ?? null) !== previous, before);
      expect(await sameDocument(page)).toBe(true);
      expect(complaints).toEqual([]);
      await page.close();
    },
  );
});
