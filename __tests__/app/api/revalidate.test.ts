/** @jest-environment node */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { markdownArticle } from '../../support/content';

/**
 * POST /api/revalidate, called as Next calls it, against a folder of Markdown articles: the
 * secret, the rate limit, the 422 that keeps the old content, and the pages it marks.
 */

const SECRET = 'test-secret-0123456789abcdef';
const revalidatePath = jest.fn();
jest.mock('next/cache', () => ({ revalidatePath: (...args: unknown[]) => revalidatePath(...args) }));

let dir: string;

const article = (id: number) => markdownArticle(id, { section: 'economy', title: `خبر تجريبي ${id}`, tags: ['الطاقة'] });
/** The folder every test starts from: a technology story and its translation, and an economy story. */
const FOLDER: Record<string, string> = {
  '1001-story.md': markdownArticle(1001, { section: 'technology', tags: ['فضاء'] }),
  '1010-story-en.md': markdownArticle(1010, { locale: 'en', section: 'technology', tags: ['Space'], translationOf: 1001 }),
  '1002-economy.md': markdownArticle(1002, { section: 'economy', tags: ['قمح'] }),
};

async function load(env: Record<string, string | undefined> = { REVALIDATE_SECRET: SECRET }) {
  jest.resetModules();
  process.env.CONTENT_DIR = dir;
  process.env.CONTENT_REFRESH_SECONDS = '3600';
  if (env.REVALIDATE_SECRET === undefined) delete process.env.REVALIDATE_SECRET;
  else process.env.REVALIDATE_SECRET = env.REVALIDATE_SECRET;
  const route = await import('@/app/api/revalidate/route');
  const files = await import('@/lib/content/files');
  // The process has served pages already: its content is loaded.
  const repository = { getArticle: (id: number) => files.markdownSource().article(id) };
  await repository.getArticle(1001);
  return { POST: route.POST, repository };
}

/** `secret: null` sends no Authorization header at all. */
function post(body?: unknown, { secret = SECRET as string | null, ip = '203.0.113.7' } = {}) {
  const headers: Record<string, string> = { 'x-forwarded-for': ip, 'content-type': 'application/json' };
  if (secret !== null) headers.authorization = `Bearer ${secret}`;
  return new Request('http://localhost/api/revalidate', {
    method: 'POST',
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const calledPaths = () => revalidatePath.mock.calls.map(([p, type]) => (type ? `${p} (${type})` : p));

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wafd-publish-'));
  for (const [name, source] of Object.entries(FOLDER)) fs.writeFileSync(path.join(dir, name), source);
  revalidatePath.mockClear();
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const key of ['CONTENT_DIR', 'CONTENT_REFRESH_SECONDS', 'REVALIDATE_SECRET']) delete process.env[key];
});

describe('POST /api/revalidate', () => {
  it('answers 503 when no secret is configured, and changes nothing', async () => {
    const { POST } = await load({ REVALIDATE_SECRET: undefined });
    const response = await POST(post({ id: 1001 }));
    expect(response.status).toBe(503);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it.each([
    ['no secret', { secret: null }],
    ['a wrong secret', { secret: 'wrong-secret-0123456789abcdef' }],
    ['a prefix of the secret', { secret: SECRET.slice(0, -1) }],
  ])('answers 401 with %s, without looking at the content', async (_name, options) => {
    const { POST, repository } = await load();
    fs.writeFileSync(path.join(dir, '2001-new.md'), article(2001));
    const response = await POST(post({ id: 2001 }, options));
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(await response.json()).toEqual({ error: 'unauthorized' });
    expect(await repository.getArticle(2001)).toBeUndefined();
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it('accepts the secret in the JSON body too', async () => {
    const { POST } = await load();
    const response = await POST(post({ id: 1001, secret: SECRET }, { secret: null }));
    expect(response.status).toBe(200);
  });

  it('answers 400 to an authorized but malformed body', async () => {
    const { POST } = await load();
    const response = await POST(post('{"id": "1001"}'));
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/field "id"/);
  });

  it('publishes a new article: re-reads content and marks its pages, feeds and sitemaps', async () => {
    const { POST, repository } = await load();
    fs.writeFileSync(path.join(dir, '2001-new.md'), article(2001));
    expect(await repository.getArticle(2001)).toBeUndefined();

    const response = await POST(post({ id: 2001 }));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json();
    expect(body).toMatchObject({ revalidated: true, articles: 4, ids: [2001] });
    expect((await repository.getArticle(2001))?.title).toBe('خبر تجريبي 2001');

    const paths = calledPaths();
    // Routes, not URLs: the Arabic edition renders under /ar although its URLs have no prefix.
    expect(paths).toEqual(expect.arrayContaining([
      '/ar/news/2001', '/en/news/2001', '/ar', '/en',
      '/ar/section/economy',
      `/ar/tag/${encodeURIComponent('الطاقة')}`,
      '/rss.xml', '/section/economy/rss.xml', '/sitemap.xml', '/news-sitemap.xml',
      // A new story shifts every later page of every listing by one.
      '/[locale]/section/[section]/page/[page] (page)', '/[locale]/tag/[tag]/page/[page] (page)',
    ]));
    expect(body.paths).toEqual(revalidatePath.mock.calls.map(([p]) => p));
    expect(paths.some((p) => p.startsWith('/section/') && !p.endsWith('rss.xml'))).toBe(false);
  });

  it('marks the old section and the translation when an article moves', async () => {
    const { POST } = await load();
    fs.writeFileSync(path.join(dir, '1001-story.md'), FOLDER['1001-story.md']!.replace('section: technology', 'section: economy'));
    expect((await POST(post({ id: 1001 }))).status).toBe(200);
    expect(calledPaths()).toEqual(expect.arrayContaining(['/ar/section/technology', '/ar/section/economy', '/en/news/1010', '/ar/news/1010']));
  });

  it('answers 422 with the file and field when the new content is invalid, and keeps serving the old', async () => {
    const { POST, repository } = await load();
    const file = path.join(dir, '1002-economy.md');
    const before = (await repository.getArticle(1002))!;
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^section: .*$/m, 'section: weather'));

    const response = await POST(post({ id: 1002 }));
    expect(response.status).toBe(422);
    expect((await response.json()).error).toMatch(/1002-economy\.md: field "section": must be one of/);
    expect(revalidatePath).not.toHaveBeenCalled();
    expect(await repository.getArticle(1002)).toBe(before);
  });

  it('answers 404 for an id no article has, before or after', async () => {
    const { POST } = await load();
    const response = await POST(post({ id: 987654 }));
    expect(response.status).toBe(404);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it('revalidates everything when no id is given', async () => {
    const { POST } = await load();
    const response = await POST(post());
    expect(response.status).toBe(200);
    expect(calledPaths()).toEqual(expect.arrayContaining(['/ (layout)', '/rss.xml', '/en/rss.xml', '/en/section/[section]/rss.xml (page)', '/sitemap.xml']));
  });

  it('allows 10 calls a minute per client, then 429 with Retry-After; strangers count too', async () => {
    const { POST } = await load();
    for (let i = 0; i < 10; i++) {
      const response = await POST(post({ id: 1001 }, { secret: i % 2 ? SECRET : 'nope-nope-nope-nope' }));
      expect(response.status).not.toBe(429);
    }
    const refused = await POST(post({ id: 1001 }));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect((await POST(post({ id: 1001 }, { ip: '198.51.100.9' }))).status).toBe(200);
  });
});
