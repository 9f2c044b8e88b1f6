import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Where the browser tests put their screenshots: with the run's other output (test-results/,
 * emptied at every run), so a test run never leaves the tree changed. The set kept in the
 * repository, e2e/screenshots/, is refreshed from them once looked at (`npm run screenshots:keep`).
 */
const SCREENSHOTS = path.join(import.meta.dirname, '..', 'test-results', 'screenshots');

/** Where a screenshot named `file` goes, and how a test's annotation names it (from the project's root). */
export function screenshotAt(file: string): { path: string; description: string } {
  const at = path.join(SCREENSHOTS, file);
  return { path: at, description: path.relative(path.join(import.meta.dirname, '..'), at) };
}

/**
 * What a reader of the seed story sees, written out literally (not read from content/) so that a
 * change to the data or the rendering fails here instead of silently moving the goalposts.
 */
export const SEED = {
  path: '/news/1001',
  title: 'SpaceX تخطط للاكتتاب العام.. حلم مراكز البيانات في الفضاء يواجه تحديات ضخمة',
  paragraphs: 9,
  firstParagraph: 'يستعد إيلون ماسك لإطلاق عملية اكتتاب عام لشركة SpaceX',
  lastParagraph: 'وإدارة مخاطر غير مسبوقة على مستوى الصناعة.',
  caption: 'SpaceX',
} as const;

export const TRANSLATION = {
  path: '/en/news/1010',
  title: 'SpaceX plans to go public as its dream of data centres in space faces huge challenges',
} as const;

export const MASTHEAD = [
  { role: 'رئيس حزب الوفد ورئيس مجلس الإدارة', name: 'د.عبد السند يمامة' },
  { role: 'رئيس مجلس التحرير', name: 'سامي أبو العز' },
  { role: 'رئيس التحرير', name: 'ياسر شورى' },
] as const;

/** The public origin the build printed into canonical and share URLs (SITE_URL at build time). */
export const SITE_URL = (process.env.SITE_URL ?? 'https://www.alwafd.news').replace(/\/+$/, '');
export const CANONICAL = `${SITE_URL}${SEED.path}`;

/** The paper token of each colour scheme (app/globals.css), as computed: proof a page is in that scheme. */
export const PAPER = { light: 'rgb(255, 255, 255)', dark: 'rgb(20, 19, 18)' } as const;

/** The page's paper as drawn now, to compare with PAPER. */
export function paperOf(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

/** How far the page scrolls sideways: nothing, when nothing reaches past the window. */
export function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The run's admin account (playwright.config.ts sets it for the workers). */
export const NEWSROOM_ADMIN = { email: process.env.ADMIN_EMAIL!, password: process.env.ADMIN_PASSWORD! } as const;

/** The page's own header (role banner), not the article's <header>. */
export function siteHeader(page: Page): Locator {
  return page.getByRole('banner');
}

/**
 * The story itself: the <article> that holds the page's headline (related stories, and the column
 * beside the text on wide screens, hold articles too).
 */
export const STORY_ARTICLE = 'main article:has(h1)';

export function storyArticle(page: Page): Locator {
  return page.locator(STORY_ARTICLE);
}

export function bodyParagraphs(page: Page): Locator {
  return storyArticle(page).locator('.article-body > p');
}

/** The site's name and home link: the header's link that carries the wordmark. */
export function logoLink(page: Page): Locator {
  return siteHeader(page).getByRole('link').filter({ has: page.locator('.wordmark') });
}

export async function computed(locator: Locator, property: string): Promise<string> {
  return locator.evaluate((el, prop) => getComputedStyle(el).getPropertyValue(prop), property);
}

/** The blocks the browser lays out only when a reader nears them (render-when-near, app/globals.css). */
export const RENDER_WHEN_NEAR = '.render-when-near';

/**
 * Lays every such block out now, as each is when a reader gets there: for checks that read the
 * layout of the whole page (axe's colours, the faces that drew the text).
 */
export async function layOutEveryBlock(page: Page): Promise<void> {
  await page.addStyleTag({ content: `${RENDER_WHEN_NEAR} { content-visibility: visible !important; }` });
}

/**
 * Logs in to the newsroom's admin with the run's admin account (NEWSROOM_ADMIN).
 * On the login page, through its form, as an editor does (the journey that opens the admin tests that form).
 * Anywhere else, through Payload's login endpoint with the page's own request context, which keeps the
 * session cookie for the page: the same session, without the 3-5 s that the form and the dashboard behind
 * it take to load in this browser, in each of the newsroom's tests.
 */
export async function logInToNewsroom(page: Page): Promise<void> {
  if (!new URL(page.url(), 'http://x').pathname.startsWith('/admin/login')) {
    const response = await page.request.post('/api/users/login', { data: NEWSROOM_ADMIN });
    expect(response.status(), 'the newsroom’s login endpoint').toBe(200);
    expect((await page.context().cookies()).map((cookie) => cookie.name)).toContain('payload-token');
    return;
  }
  await page.locator('#field-email').fill(NEWSROOM_ADMIN.email);
  await page.locator('#field-password').fill(NEWSROOM_ADMIN.password);
  await page.locator('button[type=submit]').click();
  await expect(page).not.toHaveURL(/\/login/);
}
