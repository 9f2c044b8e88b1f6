/** @jest-environment node */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CLIENT_ADDRESS_HEADER } from '@/lib/client-address';

/**
 * POST /api/revalidate, called as Next calls it, against a copy of the real articles: the
 * secret, the rate limit, the 422 that keeps the old content, and the pages it marks.
 */

const SECRET = 'test-secret-0123456789abcdef';
const revalidatePath = jest.fn();
jest.mock('next/cache', () => ({ revalidatePath: (...args: unknown[]) => revalidatePath(...args) }));

let dir: string;

function article(id: number, fields: Record<string, string> = {}) {
  const f = { section: 'economy', title: `خبر تجريبي ${id}`, tags: '["الطاقة"]', ...fields };
  return `---\nid: ${id}\nlocale: ar\ntitle: "${f.title}"\nsummary: "ملخص"\nsection: ${f.section}\ntags: ${f.tags}\nbyline: "الوفد"\npublishedAt: "2026-11-25T09:00:00+02:00"\nupdatedAt: "2026-11-25T09:00:00+02:00"\nimage: { src: /images/articles/x.webp, alt: "a", caption: "c", width: 16, height: 9 }\n---\nنص.\n`;
}

async function load(env: Record<string, string | undefined> = { REVALIDATE_SECRET: SECRET }) {
  jest.resetModules();
  process.env.CONTENT_DIR = dir;
  process.env.CONTENT_REFRESH_SECONDS = '3600';
  if (env.REVALIDATE_SECRET === undefined) delete process.env.REVALIDATE_SECRET;
  else process.env.REVALIDATE_SECRET = env.REVALIDATE_SECRET;
  const route = await import('@/app/api/revalidate/route');
  const repository = await import('@/lib/content/repository');
  repository.countArticles(); // the process has served pages already: its catalog is loaded
  return { POST: route.POST, repository };
}

/** `secret: null` sends no Authorization header at all; `ip` is the connection's, as the server hook stamps it. */
function post(body?: unknown, { secret = SECRET as string | null, ip = '203.0.113.7' } = {}) {
  const headers: Record<string, string> = { [CLIENT_ADDRESS_HEADER]: ip, 'content-type': 'application/json' };
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
  for (const name of fs.readdirSync('content/articles')) fs.copyFileSync(path.join('content/articles', name), path.join(dir, name));
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
    expect(repository.getArticle(2001)).toBeUndefined();
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
    expect(repository.getArticle(2001)).toBeUndefined();

    const response = await POST(post({ id: 2001 }));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json();
    expect(body).toMatchObject({ revalidated: true, articles: 11, ids: [2001] });
    expect(repository.getArticle(2001)?.title).toBe('خبر تجريبي 2001');

    const paths = calledPaths();
    // Routes, not URLs: the Arabic edition renders under /ar although its URLs have no prefix.
    expect(paths).toEqual(expect.arrayContaining([
      '/ar/news/2001', '/en/news/2001', '/ar', '/en',
      '/ar/section/economy', '/ar/section/economy/page/2',
      `/ar/tag/${encodeURIComponent('الطاقة')}`,
      '/rss.xml', '/section/economy/rss.xml', '/sitemap.xml', '/news-sitemap.xml',
    ]));
    expect(body.paths).toEqual(revalidatePath.mock.calls.map(([p]) => p));
    expect(paths.some((p) => p.startsWith('/section/') && !p.endsWith('rss.xml'))).toBe(false);
  });

  it('marks the old section and the translation when an article moves', async () => {
    const { POST } = await load();
    const seed = fs.readFileSync(path.join(dir, '1001-spacex-ipo.md'), 'utf8');
    fs.writeFileSync(path.join(dir, '1001-spacex-ipo.md'), seed.replace('section: technology', 'section: economy'));
    expect((await POST(post({ id: 1001 }))).status).toBe(200);
    expect(calledPaths()).toEqual(expect.arrayContaining(['/ar/section/technology', '/ar/section/economy', '/en/news/1010', '/ar/news/1010']));
  });

  it('answers 422 with the file and field when the new content is invalid, and keeps serving the old', async () => {
    const { POST, repository } = await load();
    const file = path.join(dir, '1002-wheat-prices.md');
    const before = repository.getArticle(1002)!;
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^section: .*$/m, 'section: weather'));

    const response = await POST(post({ id: 1002 }));
    expect(response.status).toBe(422);
    expect((await response.json()).error).toMatch(/1002-wheat-prices\.md: field "section": must be one of/);
    expect(revalidatePath).not.toHaveBeenCalled();
    expect(repository.getArticle(1002)).toBe(before);
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
    expect(calledPaths()).toEqual(expect.arrayContaining(['/ (layout)', '/rss.xml', '/en/rss.xml', '/en/section/opinion/rss.xml', '/sitemap.xml']));
  });

  it('refuses a client after 10 failed attempts a minute: 429 with Retry-After, before looking at the secret', async () => {
    const { POST } = await load();
    for (let i = 0; i < 10; i++) expect((await POST(post({ id: 1001 }, { secret: 'nope-nope-nope-nope' }))).status).toBe(401);
    const refused = await POST(post({ id: 1001 }));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(revalidatePath).not.toHaveBeenCalled();
    // Other connections are not affected.
    expect((await POST(post({ id: 1001 }, { ip: '198.51.100.9' }))).status).toBe(200);
  });

  it('never counts successful calls', async () => {
    const { POST } = await load();
    for (let i = 0; i < 15; i++) expect((await POST(post({ id: 1001 }))).status).toBe(200);
  });

  it('ignores forwarding headers: a forged X-Forwarded-For is not another client', async () => {
    const { POST } = await load();
    for (let i = 0; i < 10; i++) {
      const request = post({ id: 1001 }, { secret: 'nope-nope-nope-nope' });
      request.headers.set('x-forwarded-for', `192.0.2.${i}`);
      await POST(request);
    }
    expect((await POST(post({ id: 1001 }))).status).toBe(429);
  });
});
