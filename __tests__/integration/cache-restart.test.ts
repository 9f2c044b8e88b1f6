/**
 * A server restarted on the same build keeps what the newsroom changed before the restart. Next
 * keeps a self-hosted server's tag expirations in memory only while its cached reads and pages stay
 * on disk; the expirations are written down and read back at start (lib/cache/expired-tags).
 */
import { ADMIN, api, body, login, sectionId } from './newsroom-api';
import { readerPool } from '@/lib/db/pool';
import { startServer, type SecondServer } from './second-server';

let token = '';
let id = 0;
let server: SecondServer | undefined;

beforeAll(async () => {
  if (!ADMIN.email) throw new Error('ADMIN_EMAIL/ADMIN_PASSWORD: run through npm run test:integration');
  token = await login(ADMIN.email, ADMIN.password);
});

afterAll(async () => {
  await server?.stop();
  if (id) await api('DELETE', `/api/articles/${id}`, undefined, token);
  await readerPool().end();
});

const page = async (base: string, path: string) => {
  const response = await fetch(`${base}${path}`, { redirect: 'manual' });
  return { status: response.status, html: await response.text() };
};

it('a story withdrawn before a restart stays withdrawn after it: its page 410, gone from its section', async () => {
  const created = await api<{ doc: { id: number } }>(
    'POST',
    '/api/articles',
    {
      title: `نادي الاختبار يفوز بكأس إعادة التشغيل ${Date.now()}`,
      summary: 'ملخص خبر يسحب قبل إعادة تشغيل الخادم.',
      body: body('الفقرة الأولى.', 'الفقرة الثانية.'),
      edition: 'ar',
      section: await sectionId('sports'),
      tags: ['اختبار إعادة التشغيل'],
      _status: 'published',
    },
    token,
  );
  expect(created.status).toBe(201);
  id = created.json.doc.id;

  // A server of its own, started after the story went live: it reads and caches the story and its section.
  server = await startServer('restart', {});
  expect((await page(server.base, `/news/${id}`)).status).toBe(200);
  expect((await page(server.base, '/section/sports')).html).toContain(`/news/${id}`);

  // Withdrawn through the newsroom (the main server expires the tags and writes them down).
  expect((await api('PATCH', `/api/articles/${id}`, { _status: 'draft' }, token)).status).toBe(200);

  // The same build, its cache on disk, in a new process.
  server = await server.restart();
  expect((await page(server.base, `/news/${id}`)).status).toBe(410);
  expect((await page(server.base, '/section/sports')).html).not.toContain(`/news/${id}`);
});
