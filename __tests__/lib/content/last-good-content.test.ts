/** @jest-environment node */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { markdownArticle } from '../../support/content';

/**
 * When a Markdown folder's new content is broken, readers keep the last good version (ISR keeps
 * the last good page; this is the folder source's half of that promise). And Next bundles each
 * route with its own copy of the module: all copies must see one state, or a refresh by the
 * publishing API would never reach the pages.
 */

let dir: string;

function write(name: string, id: number, title: string, section = 'news') {
  fs.writeFileSync(path.join(dir, name), markdownArticle(id, { title, section }));
}

/** A fresh copy of the module, as another route bundle would have. */
async function routeCopy() {
  jest.resetModules();
  return import('@/lib/content/files');
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wafd-last-good-'));
  process.env.CONTENT_REFRESH_SECONDS = '3600';
  write('1.md', 1, 'الأصل');
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  delete process.env.CONTENT_REFRESH_SECONDS;
  jest.restoreAllMocks();
});

it('shares one state between every copy of the module: a refresh in one is seen by all', async () => {
  const pages = await routeCopy();
  expect((await pages.markdownSource(dir).article(1))?.title).toBe('الأصل');
  const api = await routeCopy();
  write('2.md', 2, 'جديد');
  expect(await pages.markdownSource(dir).article(2)).toBeUndefined();
  expect(api.refreshMarkdownSource(dir)).toEqual({ articles: 2 });
  expect((await pages.markdownSource(dir).article(2))?.title).toBe('جديد');
});

it('keeps serving the last good version of an article whose file breaks, until it is fixed', async () => {
  const pages = await routeCopy();
  const api = await routeCopy();
  expect((await pages.markdownSource(dir).article(1))?.title).toBe('الأصل');

  write('1.md', 1, 'تعديل مكسور', 'weather');
  expect(() => api.refreshMarkdownSource(dir)).toThrow(/1\.md: field "section": must be one of/);
  expect((await pages.markdownSource(dir).article(1))?.title).toBe('الأصل');
  expect((await pages.markdownSource(dir).sectionPage('ar', 'news', 1, 20)).items.map((a) => a.title)).toEqual(['الأصل']);

  // The periodic check hits the same broken file: it says so and keeps the last good content.
  process.env.CONTENT_REFRESH_SECONDS = '0';
  const log = jest.spyOn(console, 'error').mockImplementation(() => {});
  expect((await pages.markdownSource(dir).article(1))?.title).toBe('الأصل');
  expect(log).toHaveBeenCalledWith(expect.stringContaining('keeping the last good content'));

  write('1.md', 1, 'تعديل سليم');
  expect((await pages.markdownSource(dir).article(1))?.title).toBe('تعديل سليم');
});

it('keeps everything when one new file is broken: other articles do not disappear', async () => {
  const pages = await routeCopy();
  write('2.md', 2, 'خبر آخر');
  pages.refreshMarkdownSource(dir);
  fs.writeFileSync(path.join(dir, '3.md'), '---\nid: [\n---\nنص');
  expect(() => pages.refreshMarkdownSource(dir)).toThrow(/3\.md: field "front matter"/);
  expect((await pages.markdownSource(dir).latest('ar', 10)).map((a) => a.id)).toEqual([2, 1]);
});
