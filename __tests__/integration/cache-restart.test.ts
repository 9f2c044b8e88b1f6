/**
 * A server restarted on the same build keeps what the newsroom changed before the restart, and a
 * second server on the same database learns of it within seconds. Next keeps a self-hosted server's
 * tag expirations in memory only while its cached reads and pages stay on disk; the expirations are
 * written down, read back at start and followed while running (lib/cache/expired-tags).
 */
import { ADMIN, api, body, login, sectionId } from './newsroom-api';
import { readerPool } from '@/lib/db/pool';
import { startServer, type SecondServer } from './second-server';

let token = '';
const ids: number[] = [];
let server: SecondServer | undefined;

beforeAll(async () => {
  if (!ADMIN.email) throw new Error('ADMIN_EMAIL/ADMIN_PASSWORD: run through npm run test:integration');
  token = await login(ADMIN.email, ADMIN.password);
});

afterAll(async () => {
  await server?.stop();
  for (const id of ids) await api('DELETE', `/api/articles/${id}`, undefined, token);
  await readerPool().end();
});

const page = async (base: string, path: string) => {
  const response = await fetch(`${base}${path}`, { redirect: 'manual' });
  return { status: response.status, html: await response.text() };
};

/** A published story in the sports section, made through the newsroom's API on the main server. */
async function publishSportsStory(name: string): Promise<number> {
  const created = await api<{ doc: { id: number } }>(
    'POST',
    '/api/articles',
    {
      title: `نادي الاختبار يفوز بكأس ${name} ${Date.now()}`,
      summary: 'ملخص خبر يسحب والخادم الآخر يعمل أو متوقف.',
      body: body('الفقرة الأولى.', 'الفقرة الثانية.'),
      edition: 'ar',
      section: await sectionId('sports'),
      tags: ['اختبار الذاكرة المؤقتة'],
      _status: 'published',
    },
    token,
  );
  expect(created.status).toBe(201);
  ids.push(created.json.doc.id);
  return created.json.doc.id;
}

const withdraw = async (id: number) => expect((await api('PATCH', `/api/articles/${id}`, { _status: 'draft' }, token)).status).toBe(200);

it('a story withdrawn before a restart stays withdrawn after it: its page 410, gone from its section', async () => {
  // A server of its own, running when the story goes live through the main server: it learns of it,
  // renders the story and its section, and keeps both on its disk.
  server = await startServer('restart', {});
  const id = await publishSportsStory('إعادة التشغيل');
  const base = server.base;
  const listed = async (at: string) => (await page(at, '/section/sports')).html.includes(`/news/${id}`);
  for (let i = 0; i < 30 && !(await listed(base)); i++) await new Promise((r) => setTimeout(r, 1000));
  expect(await listed(base)).toBe(true);
  expect((await page(base, `/news/${id}`)).status).toBe(200);

  // Withdrawn through the newsroom (the main server expires the tags and writes them down), and the
  // same build, its cache on disk, in a new process at once.
  await withdraw(id);
  server = await server.restart();
  expect((await page(server.base, `/news/${id}`)).status).toBe(410);
  expect(await listed(server.base)).toBe(false);
}, 60_000);

it('a second server running beside the one that took the change follows it within seconds', async () => {
  const id = await publishSportsStory('الخادم الثاني');
  server ??= await startServer('restart', {});
  const base = server.base;
  // Cached in the second server while live (it may need a turn to learn of the publication itself).
  const live = async () => (await page(base, '/section/sports')).html.includes(`/news/${id}`);
  for (let i = 0; i < 30 && !(await live()); i++) await new Promise((r) => setTimeout(r, 1000));
  expect(await live()).toBe(true);

  await withdraw(id);
  const started = Date.now();
  while (Date.now() - started < 20_000 && (await live())) await new Promise((r) => setTimeout(r, 500));
  expect(await live()).toBe(false);
  expect((await page(base, `/news/${id}`)).status).toBe(410);
  console.log(`the second server dropped the withdrawn story after ${Date.now() - started} ms`);
}, 60_000);
