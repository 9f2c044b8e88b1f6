/** @jest-environment node */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { articleHtml } from '@/lib/content/markdown';

const SEED = path.resolve(__dirname, '../../../../shared/seed/article-spacex-ipo.txt');

async function freshRepository(env: Record<string, string> = {}) {
  jest.resetModules();
  Object.assign(process.env, env);
  return import('@/lib/content/repository');
}

describe('content repository (the files in content/articles)', () => {
  afterEach(() => {
    delete process.env.CONTENT_DIR;
    delete process.env.CONTENT_REFRESH_SECONDS;
  });

  it('serves the seed article with its headline, tag, caption and desk byline', async () => {
    const { getArticle } = await freshRepository();
    const seed = getArticle(1001)!;
    expect(seed.title).toBe('SpaceX تخطط للاكتتاب العام.. حلم مراكز البيانات في الفضاء يواجه تحديات ضخمة');
    expect(seed.tags).toContain('SpaceX');
    expect(seed.image.caption).toBe('SpaceX');
    expect(seed.byline).toBe('بوابة الوفد');
    expect(seed.locale).toBe('ar');
  });

  (fs.existsSync(SEED) ? it : it.skip)('keeps all nine seed paragraphs verbatim and in order', async () => {
    const { getArticle } = await freshRepository();
    const lines = fs.readFileSync(SEED, 'utf8').split('\n');
    const expected = lines.slice(18).map((l) => l.trim()).filter(Boolean);
    expect(expected).toHaveLength(9);
    const paragraphs = [...articleHtml(getArticle(1001)!).matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]);
    // The HTML serializer escapes only & and <; the seed has neither, so the text must match exactly.
    expect(paragraphs).toEqual(expected);
    expect(getArticle(1001)!.title).toBe(lines[13]!.trim());
  });

  it('links the English translation to the seed', async () => {
    const { getArticle, getTranslation } = await freshRepository();
    const english = getTranslation(getArticle(1001)!)!;
    expect(english.locale).toBe('en');
    expect(getTranslation(english)?.id).toBe(1001);
  });

  it('has at least 9 Arabic articles across at least 4 sections, with related stories for the seed', async () => {
    const { listAll, listRelated, getArticle } = await freshRepository();
    const arabic = listAll('ar');
    expect(arabic.length).toBeGreaterThanOrEqual(9);
    expect(new Set(arabic.map((a) => a.section)).size).toBeGreaterThanOrEqual(4);
    const related = listRelated(getArticle(1001)!, 5);
    expect(related.length).toBeGreaterThanOrEqual(3);
    expect(related.every((a) => a.locale === 'ar' && a.id !== 1001)).toBe(true);
  });

  it('lists by section and tag, newest first, paginated', async () => {
    const { listBySection, listByTag, listLatest } = await freshRepository();
    const tech = listBySection('ar', 'technology', 1, 2);
    expect(tech.items.every((a) => a.section === 'technology')).toBe(true);
    expect(tech.items[0]?.id).toBe(1001);
    const tagged = listByTag('ar', 'SpaceX');
    expect(tagged.items.map((a) => a.id)).toContain(1001);
    const latest = listLatest('ar', 50);
    const dates = latest.map((a) => Date.parse(a.publishedAt));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('picks up a new file on refresh and keeps the last good catalog when a file breaks', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wafd-content-'));
    const write = (name: string, id: number, section = 'news') =>
      fs.writeFileSync(
        path.join(dir, name),
        `---\nid: ${id}\nlocale: ar\ntitle: "خبر ${id}"\nsummary: "ملخص"\nsection: ${section}\ntags: ["وسم"]\nbyline: "الوفد"\npublishedAt: "2026-11-20T09:00:00+02:00"\nupdatedAt: "2026-11-20T09:00:00+02:00"\nimage: { src: /images/a.webp, alt: "a", caption: "c", width: 16, height: 9 }\n---\nنص.\n`,
      );
    write('1.md', 1);
    const repo = await freshRepository({ CONTENT_DIR: dir, CONTENT_REFRESH_SECONDS: '0' });
    expect(repo.countArticles()).toBe(1);
    write('2.md', 2);
    expect(repo.refreshContent()).toEqual({ articles: 2 });
    expect(repo.getArticle(2)?.title).toBe('خبر 2');

    write('3.md', 3, 'weather');
    expect(() => repo.refreshContent()).toThrow(/3\.md: field "section"/);
    const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
    expect(repo.getArticle(2)?.title).toBe('خبر 2');
    expect(spy).toHaveBeenCalledWith(expect.stringContaining('keeping the last good catalog'));
    spy.mockRestore();
  });
});
