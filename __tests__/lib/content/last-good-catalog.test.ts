/** @jest-environment node */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * When new content is broken, readers keep the last good version (ISR keeps the last good page;
 * this is the repository's half of that promise). And Next bundles each route with its own copy
 * of the repository module: all copies must see one catalog, or a refresh by the publishing API
 * would never reach the pages.
 */

let dir: string;

function write(name: string, id: number, title: string, section = 'news') {
  fs.writeFileSync(
    path.join(dir, name),
    `---\nid: ${id}\nlocale: ar\ntitle: "${title}"\nsummary: "ملخص"\nsection: ${section}\ntags: ["وسم"]\nbyline: "الوفد"\npublishedAt: "2026-11-20T09:00:00+02:00"\nupdatedAt: "2026-11-20T09:00:00+02:00"\nimage: { src: /images/a.webp, alt: "a", caption: "c", width: 16, height: 9 }\n---\nنص.\n`,
  );
}

/** A fresh copy of the module, as another route bundle would have. */
async function routeCopy() {
  jest.resetModules();
  return import('@/lib/content/repository');
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wafd-last-good-'));
  process.env.CONTENT_DIR = dir;
  process.env.CONTENT_REFRESH_SECONDS = '3600';
  write('1.md', 1, 'الأصل');
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  delete process.env.CONTENT_DIR;
  delete process.env.CONTENT_REFRESH_SECONDS;
  jest.restoreAllMocks();
});

it('shares one catalog between every copy of the module: a refresh in one is seen by all', async () => {
  const pages = await routeCopy();
  expect(pages.getArticle(1)?.title).toBe('الأصل');
  const api = await routeCopy();
  write('2.md', 2, 'جديد');
  expect(pages.getArticle(2)).toBeUndefined();
  expect(api.refreshContent()).toEqual({ articles: 2 });
  expect(pages.getArticle(2)?.title).toBe('جديد');
});

it('keeps serving the last good version of an article whose file breaks, until it is fixed', async () => {
  const pages = await routeCopy();
  const api = await routeCopy();
  expect(pages.getArticle(1)?.title).toBe('الأصل');

  write('1.md', 1, 'تعديل مكسور', 'weather');
  expect(() => api.refreshContent()).toThrow(/1\.md: field "section": must be one of/);
  expect(pages.getArticle(1)?.title).toBe('الأصل');
  expect(pages.listBySection('ar', 'news').items.map((a) => a.title)).toEqual(['الأصل']);

  // The periodic check hits the same broken file: it says so and keeps the last good catalog.
  process.env.CONTENT_REFRESH_SECONDS = '0';
  const log = jest.spyOn(console, 'error').mockImplementation(() => {});
  expect(pages.getArticle(1)?.title).toBe('الأصل');
  expect(log).toHaveBeenCalledWith(expect.stringContaining('keeping the last good catalog'));

  write('1.md', 1, 'تعديل سليم');
  expect(pages.getArticle(1)?.title).toBe('تعديل سليم');
});

it('keeps the whole catalog when one new file is broken: other articles do not disappear', async () => {
  const pages = await routeCopy();
  write('2.md', 2, 'خبر آخر');
  pages.refreshContent();
  fs.writeFileSync(path.join(dir, '3.md'), '---\nid: [\n---\nنص');
  expect(() => pages.refreshContent()).toThrow(/3\.md: field "front matter"/);
  expect(pages.countArticles()).toBe(2);
  expect(pages.getArticle(2)?.title).toBe('خبر آخر');
});
