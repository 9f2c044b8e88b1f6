/**
 * Publishing without a redeploy, end to end, as an editor does it: `npm run new-article` writes a
 * file while the production server runs, POST /api/revalidate with the secret, and the article,
 * the front page, its section, tag, feed and sitemap show it — while a broken file is refused with
 * its file and field and the site keeps serving the last good content.
 *
 * It needs its own server: the same build (NEXT_DIST_DIR, passed on by scripts/with-server.mjs),
 * copied so its ISR cache is its own, serving a temporary copy of the articles with a secret.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { raw, type RawResponse } from './raw-http';

const ROOT = path.resolve(__dirname, '../..');
const DIST = process.env.NEXT_DIST_DIR ?? '.next-test';
const SECRET = randomBytes(24).toString('hex');
/** Enough older sports stories for a second listing page. */
const EXTRA = 21;

let base = '';
let server: ChildProcess | undefined;
let log = '';
let contentDir = '';
let distCopy = '';
let imageFile = '';
let newId = 0;
const TITLE = 'محافظة أسوان تفتتح محطة جديدة للطاقة الشمسية';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

const get = (p: string) => raw({ base, path: p });

function publish(body: unknown, secret = SECRET) {
  return raw({
    base,
    method: 'POST',
    path: '/api/revalidate',
    headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

const json = <T>(response: RawResponse) => JSON.parse(response.body) as T;

function sportsStory(id: number, day: number): string {
  const date = `2026-10-${String(day).padStart(2, '0')}T09:00:00+03:00`;
  return `---\nid: ${id}\nlocale: ar\ntitle: "مباراة رقم ${id}"\nsummary: "ملخص المباراة"\nsection: sports\ntags: ["الدوري"]\nbyline: "القسم الرياضي"\npublishedAt: "${date}"\nupdatedAt: "${date}"\nimage: { src: /images/articles/1009-football-analytics.webp, alt: "ملعب", caption: "ملعب", width: 1600, height: 900 }\n---\nنص المباراة.\n`;
}

beforeAll(async () => {
  distCopy = `${DIST}-publishing-${process.pid}`;
  fs.cpSync(path.join(ROOT, DIST), path.join(ROOT, distCopy), {
    recursive: true,
    verbatimSymlinks: true,
    // Build output only, as a fresh deployment has it: not the other server's runtime cache.
    filter: (source) => !['cache', path.join('server', 'route-cache')].includes(path.relative(path.join(ROOT, DIST), source)),
  });
  contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wafd-publishing-'));
  for (const name of fs.readdirSync(path.join(ROOT, 'content/articles'))) {
    fs.copyFileSync(path.join(ROOT, 'content/articles', name), path.join(contentDir, name));
  }
  for (let i = 1; i <= EXTRA; i++) fs.writeFileSync(path.join(contentDir, `${5000 + i}-match.md`), sportsStory(5000 + i, i));

  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(path.join(ROOT, 'node_modules/.bin/next'), ['start', '-p', String(port)], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NEXT_DIST_DIR: distCopy,
      NEXT_TELEMETRY_DISABLED: '1',
      CONTENT_DIR: contentDir,
      // Only the publishing call may pick the new file up.
      CONTENT_REFRESH_SECONDS: '3600',
      REVALIDATE_SECRET: SECRET,
    },
  });
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (Date.now() > deadline) throw new Error(`the publishing server did not start:\n${log}`);
    try {
      if ((await get('/robots.txt')).status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  // A server that has been serving for a while: its catalog is loaded before the new file exists
  // (an id nobody asked for yet, so the page really renders).
  expect((await get(`/news/${900_000_000 + process.pid}`)).status).toBe(404);
}, 120_000);

afterAll(() => {
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  for (const dir of [path.join(ROOT, distCopy), contentDir]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
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
    const response = await publish({ id: newId }, 'not-the-secret-0123456789');
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

  it('limits calls per client: 429 with Retry-After', async () => {
    let response: RawResponse | undefined;
    for (let i = 0; i < 12; i++) {
      response = await publish({ id: newId }, 'guessing-the-secret-000000');
      if (response.status === 429) break;
      expect(response.status).toBe(401);
    }
    expect(response?.status).toBe(429);
    expect(Number(response?.headers['retry-after'])).toBeGreaterThan(0);
  });
});
