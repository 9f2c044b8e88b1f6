/**
 * Publishing without a redeploy, end to end, as an editor does it: `npm run new-article` writes a
 * file while the production server runs, POST /api/revalidate with the secret, and the article,
 * the front page, its section, tag, feed and sitemap show it — while a broken file is refused with
 * its file and field and the site keeps serving the last good content.
 *
 * It needs its own server: the same build (NEXT_DIST_DIR, passed on by scripts/with-server.mjs),
 * copied so its ISR cache is its own, serving a temporary copy of the articles with a secret.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CLIENT_ADDRESS_HEADER } from '@/lib/client-address';
import { raw, type RawResponse } from './raw-http';
import { startServer, type SecondServer } from './second-server';

const ROOT = path.resolve(__dirname, '../..');
const SECRET = randomBytes(24).toString('hex');
/** Enough older sports stories for a second listing page. */
const EXTRA = 21;

let base = '';
let server: SecondServer | undefined;
let contentDir = '';
let imageFile = '';
let newId = 0;
const TITLE = 'محافظة أسوان تفتتح محطة جديدة للطاقة الشمسية';

const get = (p: string) => raw({ base, path: p });

/** Another client on this machine: the server sees 127.0.0.2 as the connection's address. */
const ATTACKER = '127.0.0.2';

interface Caller {
  secret?: string;
  headers?: Record<string, string>;
  localAddress?: string;
}

function publish(body: unknown, { secret = SECRET, headers = {}, localAddress }: Caller = {}) {
  return raw({
    base,
    method: 'POST',
    path: '/api/revalidate',
    headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
    localAddress,
  });
}

const json = <T>(response: RawResponse) => JSON.parse(response.body) as T;

function sportsStory(id: number, day: number): string {
  const date = `2026-10-${String(day).padStart(2, '0')}T09:00:00+03:00`;
  return `---\nid: ${id}\nlocale: ar\ntitle: "مباراة رقم ${id}"\nsummary: "ملخص المباراة"\nsection: sports\ntags: ["الدوري"]\nbyline: "القسم الرياضي"\npublishedAt: "${date}"\nupdatedAt: "${date}"\nimage: { src: /images/articles/1009-football-analytics.webp, alt: "ملعب", caption: "ملعب", width: 1600, height: 900 }\n---\nنص المباراة.\n`;
}

beforeAll(async () => {
  contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wafd-publishing-'));
  for (const name of fs.readdirSync(path.join(ROOT, 'content/articles'))) {
    fs.copyFileSync(path.join(ROOT, 'content/articles', name), path.join(contentDir, name));
  }
  for (let i = 1; i <= EXTRA; i++) fs.writeFileSync(path.join(contentDir, `${5000 + i}-match.md`), sportsStory(5000 + i, i));

  server = await startServer('publishing', {
    CONTENT_DIR: contentDir,
    // Only the publishing call may pick the new file up.
    CONTENT_REFRESH_SECONDS: '3600',
    REVALIDATE_SECRET: SECRET,
  });
  base = server.base;
  // A server that has been serving for a while: its catalog is loaded before the new file exists
  // (an id nobody asked for yet, so the page really renders).
  expect((await get(`/news/${900_000_000 + process.pid}`)).status).toBe(404);
}, 120_000);

afterAll(() => {
  server?.stop();
  if (contentDir) fs.rmSync(contentDir, { recursive: true, force: true });
  if (imageFile) fs.rmSync(imageFile, { force: true });
});

describe('publishing a new article on a running server', () => {
  it('scaffolds the file with `npm run new-article`: next free id, the URL to open', () => {
    const output = execFileSync(
      process.execPath,
      ['scripts/new-article.mjs', '--title', TITLE, '--section', 'economy', '--locale', 'ar', '--tags', 'الطاقة, أسوان'],
      { cwd: ROOT, env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8' },
    );
    newId = Number(/\(id (\d+)\)/.exec(output)?.[1]);
    expect(newId).toBe(5000 + EXTRA + 1);
    expect(output).toContain(`URL: https://www.alwafd.news/news/${newId}`);
    imageFile = path.join(ROOT, /Placeholder image (\S+?):/.exec(output)![1]!);
    expect(fs.existsSync(imageFile)).toBe(true);
    const file = fs.readdirSync(contentDir).find((name) => name.startsWith(`${newId}-`))!;
    expect(fs.readFileSync(path.join(contentDir, file), 'utf8')).toMatch(/^publishedAt: "\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[23]:00"$/m);
  });

  it('is not on the site before it is published', async () => {
    expect((await get(`/news/${newId}`)).status).toBe(404);
  });

  it('refuses a wrong secret', async () => {
    const response = await publish({ id: newId }, { secret: 'not-the-secret-0123456789' });
    expect(response.status).toBe(401);
  });

  it('publishes with the secret: the article, front page, section, tag, feed and sitemap show it', async () => {
    const response = await publish({ id: newId });
    expect(response.status).toBe(200);
    const body = json<{ paths: string[] }>(response);
    expect(body.paths).toEqual(expect.arrayContaining([`/ar/news/${newId}`, '/ar', '/ar/section/economy', '/rss.xml']));

    const article = await get(`/news/${newId}`);
    expect(article.status).toBe(200);
    expect(article.body).toMatch(new RegExp(`<h1[^>]*>${TITLE}</h1>`));

    const link = `href="/news/${newId}"`;
    for (const page of ['/', '/section/economy', `/tag/${encodeURIComponent('أسوان')}`]) {
      const response = await get(page);
      expect(`${page} ${response.status}`).toBe(`${page} 200`);
      expect(`${page} lists it: ${response.body.includes(link)}`).toBe(`${page} lists it: true`);
    }
    expect((await get('/rss.xml')).body).toContain(`/news/${newId}</link>`);
    expect((await get('/sitemap.xml')).body).toContain(`/news/${newId}</loc>`);
  });

  it('refuses broken content with its file and field, and keeps serving the last good pages', async () => {
    const broken = path.join(contentDir, `${newId + 1}-broken.md`);
    fs.writeFileSync(broken, sportsStory(newId + 1, 1).replace('section: sports', 'section: weather'));
    const response = await publish({ id: newId + 1 });
    expect(response.status).toBe(422);
    expect(json<{ error: string }>(response).error).toMatch(new RegExp(`${newId + 1}-broken\\.md: field "section"`));
    expect((await get(`/news/${newId}`)).status).toBe(200);
    expect((await get(`/news/${newId + 1}`)).status).toBe(404);
    fs.rmSync(broken);
  });

  it('caches paginated listings like every other page', async () => {
    for (let i = 0; i < 2; i++) {
      const response = await get('/section/sports/page/2');
      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toMatch(/^s-maxage=300, stale-while-revalidate=\d+$/);
    }
  });

  it('answers 413 to a chunked body over 16 KB, cut by the server where it passes the limit', async () => {
    const response = await raw({
      base,
      method: 'POST',
      path: '/api/revalidate',
      headers: { Authorization: `Bearer ${SECRET}`, 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      body: JSON.stringify({ ids: Array.from({ length: 4000 }, (_, i) => i + 1) }),
    });
    expect(response.status).toBe(413);
    expect(response.headers.connection).toBe('close');
  });

  it('counts only failed attempts: the newsroom may publish more often than the limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await publish({ id: newId })).status);
    expect(statuses).toEqual(Array(12).fill(200));
  });

  it('keys the limit on the connection: rotating X-Forwarded-For does not escape it', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      // Every header a client might hope is trusted, including the server's own private one.
      const address = `203.0.113.${i + 1}`;
      const headers = { 'X-Forwarded-For': address, 'X-Real-IP': address, [CLIENT_ADDRESS_HEADER]: address };
      statuses.push((await publish({ id: newId }, { secret: 'guessing-the-secret-000000', headers, localAddress: ATTACKER })).status);
    }
    expect(statuses).toEqual([...Array(10).fill(401), 429, 429]);
  });

  it('failures from another address, even in the newsroom’s name, never lock the newsroom out', async () => {
    const inTheNewsroomsName = { 'X-Forwarded-For': '127.0.0.1', 'X-Real-IP': '127.0.0.1' };
    for (let i = 0; i < 10; i++) {
      const response = await publish({ id: newId }, { secret: 'guessing-the-secret-000000', headers: inTheNewsroomsName, localAddress: ATTACKER });
      expect([401, 429]).toContain(response.status);
    }
    expect((await publish({ id: newId }, { headers: inTheNewsroomsName })).status).toBe(200);
  });

  it('limits failed calls per client: 429 with Retry-After', async () => {
    let response: RawResponse | undefined;
    for (let i = 0; i < 12; i++) {
      response = await publish({ id: newId }, { secret: 'guessing-the-secret-000000' });
      if (response.status === 429) break;
      expect(response.status).toBe(401);
    }
    expect(response?.status).toBe(429);
    expect(Number(response?.headers['retry-after'])).toBeGreaterThan(0);
  });
});
