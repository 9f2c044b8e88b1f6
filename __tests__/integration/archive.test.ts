/**
 * `npm run archive -- <N>` against the database under test: generated stories are stories like any
 * other — their pages answer with their headlines, section pages list them by date, the admin lists
 * and opens them, the preview too — a re-run adds nothing, `--reset` removes them and nothing else, and a bad
 * N is refused before anything starts.
 *
 * Listing pages are cached until the CMS expires them, and the generator writes past the CMS: it
 * tells a site through POST /api/revalidate (--notify), which needs REVALIDATE_SECRET — so those
 * checks run on a second server from the same build that has one.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { READER_TABLES } from '@/scripts/lib/archive/db';
import { ARCHIVE_BASE } from '@/scripts/lib/archive/range';
import { ADMIN, api, login } from './newsroom-api';
import { startServer, type SecondServer } from './second-server';
import { BASE_URL } from './server';
import { howItEnded, tsx } from './tsx-child';

const SECRET = randomBytes(24).toString('hex');
const N = 300;

function archive(...args: string[]) {
  const started = performance.now();
  const result = tsx(['scripts/database.ts', 'archive', ...args], { env: { ...process.env, REVALIDATE_SECRET: SECRET }, timeout: 240_000 });
  // How it ended, with what it said: a run that said nothing after its first line named no cause.
  return { status: result.status, output: `${result.stdout}\n${result.stderr}\n(${howItEnded(result).split('\n')[0]})`, ms: performance.now() - started };
}

/** Text as React prints it in HTML. */
const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

/** How a story's page signs it: «بقلم …» for a person, «من …» for a desk; "By …" in English. */
const signature = (row: { edition: string; desk: string | null; byline_type: string }) =>
  `${row.edition === 'en' ? 'By' : row.byline_type === 'person' ? 'بقلم' : 'من'} ${html(row.desk ?? '')}`;

/** The stories a listing page shows, in order, with their publication times. */
async function listing(base: string, pathname: string): Promise<{ status: number; ids: number[]; times: string[] }> {
  const response = await fetch(`${base}${pathname}`, { redirect: 'manual' });
  const page = await response.text();
  const cards = [...page.matchAll(/<article\b[\s\S]*?href="(?:\/en)?\/news\/(\d+)"[\s\S]*?dateTime="([^"]+)"/g)];
  return { status: response.status, ids: cards.map((m) => Number(m[1])), times: cards.map((m) => m[2]!) };
}

let db: pg.Client;
let site: SecondServer;
let token = '';

interface Row {
  id: number;
  title: string;
  edition: 'ar' | 'en';
  slug: string;
  translation_of_id: number | null;
  writer_id: number | null;
  desk: string | null;
  byline_type: 'desk' | 'person';
}

/** What a section page of an edition should list first: published, due, newest first. */
async function newest(edition: string, slug: string, limit = 20, offset = 0): Promise<number[]> {
  const { rows } = await db.query<{ id: number }>(
    `SELECT a.id FROM articles a JOIN sections s ON s.id = a.section_id
     WHERE s.slug = $1 AND a.edition = $2 AND a._status = 'published' AND a.published_at <= now()
     ORDER BY a.published_at DESC, a.id DESC LIMIT $3 OFFSET $4`,
    [slug, edition, limit, offset],
  );
  return rows.map((r) => r.id);
}

const generated = async () => Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM articles WHERE id >= $1', [ARCHIVE_BASE])).rows[0]!.n);

beforeAll(async () => {
  db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  token = await login(ADMIN.email, ADMIN.password);
  site = await startServer('archive', { REVALIDATE_SECRET: SECRET });
  // The section pages are rendered and cached before the archive arrives, as on a live site.
  for (const pathname of ['/section/news', '/en/section/technology', '/section/economy/page/2']) await fetch(`${site.base}${pathname}`);
}, 120_000);

afterAll(async () => {
  await site?.stop();
  if (db) {
    // Whatever happened above, the shared test database is left without generated stories.
    if (await generated()) archive('--reset');
    await db.end();
  }
}, 240_000);

describe('npm run archive', () => {
  it.each(['abc', '0', '-3', '1.5', '1e6', '99999999999'])('refuses N = %s with a clear message, before starting anything', (n) => {
    const { status, output, ms } = archive(n);
    expect(status).not.toBe(0);
    expect(output).toContain('N must be a whole number from 1 to 1,147,483,648');
    // Refused before the CMS or a database is touched.
    expect(output).not.toContain('schema is up to date');
    expect(ms).toBeLessThan(20_000);
  }, 30_000);

  it(`generates ${N} stories that the site shows like any other`, async () => {
    expect(await generated()).toBe(0);
    const { status, output } = archive(String(N), '--notify', site.base);
    expect(output).toContain(`added ${N} stories`);
    expect(output).toMatch(/told http:\/\/127\.0\.0\.1:\d+: \d+ stories named/);
    expect(status).toBe(0);
    expect(await generated()).toBe(N);

    const { rows } = await db.query<Row>(
      `SELECT a.id, a.title, a.edition, s.slug, a.translation_of_id, a.writer_id, a.desk, a.byline_type FROM articles a JOIN sections s ON s.id = a.section_id
       WHERE a.id >= $1 ORDER BY a.id`,
      [ARCHIVE_BASE],
    );
    expect(rows.map((r) => r.id)).toEqual(Array.from({ length: N }, (_, i) => ARCHIVE_BASE + i));
    // Both editions, translations and columns among them.
    expect(rows.some((r) => r.edition === 'en' && r.translation_of_id !== null)).toBe(true);
    expect(rows.some((r) => r.writer_id !== null)).toBe(true);
    expect(rows.some((r) => r.byline_type === 'person')).toBe(true);
    expect(output).toContain('search table laid out in order of publication');
    // The search table as a newsroom writes it: read in its physical order, no story is older than the one before.
    const { rows: outOfOrder } = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM (SELECT published_at, lag(published_at) OVER (ORDER BY ctid) AS before FROM article_search) t WHERE published_at < before`,
    );
    expect(Number(outOfOrder[0]!.n)).toBe(0);
    // Vacuumed as a site's tables are after a while: every page of what readers' pages read is marked
    // visible to all, so an index-only read of a listing fetches no row's page to check it.
    expect(output).toContain(`VACUUM ${READER_TABLES.join(', ')}`);
    const { rows: marked } = await db.query<{ relname: string; pages: number; visible: number }>(
      `SELECT relname, relpages AS pages, relallvisible AS visible FROM pg_class WHERE relname = ANY($1) AND relnamespace = current_schema()::regnamespace ORDER BY relname`,
      [READER_TABLES],
    );
    expect(marked.map((table) => table.relname)).toEqual([...READER_TABLES].sort());
    for (const table of marked) expect([table.relname, table.visible]).toEqual([table.relname, table.pages]);

    // Every generated page answers with its headline and its signature — a reporter's as a person's,
    // a desk's as the desk's (on the main server too: story pages are rendered on first request, so
    // they need no telling).
    for (const row of rows) {
      const response = await fetch(`${BASE_URL}${row.edition === 'en' ? '/en' : ''}/news/${row.id}`, { redirect: 'manual' });
      const page = await response.text();
      expect([row.id, response.status]).toEqual([row.id, 200]);
      expect(page).toContain(html(row.title));
      if (row.desk !== null) expect([row.id, page]).toEqual([row.id, expect.stringContaining(signature(row))]);
    }
  }, 300_000);

  it('lists them on the section pages, newest first, with the real stories', async () => {
    for (const [edition, slug, page] of [
      ['ar', 'news', 1],
      ['en', 'technology', 1],
      ['ar', 'economy', 2],
    ] as const) {
      const pathname = `${edition === 'en' ? '/en' : ''}/section/${slug}${page > 1 ? `/page/${page}` : ''}`;
      const expected = await newest(edition, slug, 20, (page - 1) * 20);
      expect(expected.some((id) => id >= ARCHIVE_BASE)).toBe(true);
      const shown = await listing(site.base, pathname);
      expect([pathname, shown.status]).toEqual([pathname, 200]);
      expect([pathname, shown.ids]).toEqual([pathname, expected]);
      expect([...shown.times].sort().reverse()).toEqual(shown.times);
    }
  }, 60_000);

  it('is in the newsroom’s list of stories, found by its headline, and opens in the admin and its preview', async () => {
    const { rows } = await db.query<Row>(`SELECT id, title, edition FROM articles WHERE id >= $1 AND edition = 'ar' ORDER BY id LIMIT 1`, [ARCHIVE_BASE]);
    const story = rows[0]!;
    const tags = (await db.query<{ tags_id: number }>(`SELECT tags_id FROM articles_rels WHERE parent_id = $1 AND path = 'tags' ORDER BY "order"`, [story.id])).rows.map((r) => r.tags_id);
    // The admin's list reads each story's latest version: every generated story has one, as a published one.
    const list = await api<{ totalDocs: number; docs: { id: number }[] }>('GET', `/api/articles?draft=true&depth=0&limit=1&where[id][greater_than_equal]=${ARCHIVE_BASE}`, undefined, token);
    expect(list.json.totalDocs).toBe(N);
    const found = await fetch(`${BASE_URL}/admin/collections/articles?search=${encodeURIComponent(story.title)}`, { headers: { Cookie: `payload-token=${token}; payload-lng=ar` } });
    expect(found.status).toBe(200);
    expect(await found.text()).toContain(html(story.title));
    // The REST API the admin's edit view reads, as a draft: the story as published, with its tags.
    const draft = await api<{ id: number; title: string; _status: string; tags: number[] }>('GET', `/api/articles/${story.id}?draft=true&depth=0`, undefined, token);
    expect(draft.status).toBe(200);
    expect(draft.json).toMatchObject({ id: story.id, title: story.title, _status: 'published' });
    expect(draft.json.tags).toEqual(tags);
    // The edit view itself (in Arabic: the language cookie is set, as a first visit sets it).
    const edit = await fetch(`${BASE_URL}/admin/collections/articles/${story.id}`, { headers: { Cookie: `payload-token=${token}; payload-lng=ar` }, redirect: 'manual' });
    expect(edit.status).toBe(200);
    expect(await edit.text()).toContain(html(story.title).slice(0, 40));
    // The preview button: draft mode on, then the story at its own URL, read from its row.
    const preview = await fetch(`${BASE_URL}/api/preview?id=${story.id}`, { headers: { Authorization: `JWT ${token}` }, redirect: 'manual' });
    expect(preview.status).toBe(307);
    const bypass = preview.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const shown = await fetch(`${BASE_URL}/news/${story.id}`, { headers: { Cookie: `${bypass}; payload-token=${token}` }, redirect: 'manual' });
    expect(shown.status).toBe(200);
    const page = await shown.text();
    expect(page).toContain(html(story.title));
    expect(page).toContain('معاينة'); // the preview's notice: the latest version, not the cached page
  }, 60_000);

  it('POST /api/revalidate puts a story a tool moved on its new section page, however that page was cached', async () => {
    const { rows } = await db.query<{ id: number }>(
      `SELECT a.id FROM articles a JOIN sections s ON s.id = a.section_id
       WHERE a.id >= $1 AND a.edition = 'ar' AND s.slug <> 'sports' ORDER BY a.id LIMIT 1`,
      [ARCHIVE_BASE],
    );
    const story = rows[0]!;
    // Readers have seen the story and the sports page: both are cached as they were.
    expect((await fetch(`${site.base}/news/${story.id}`)).status).toBe(200);
    expect((await listing(site.base, '/section/sports')).ids).not.toContain(story.id);
    // A bulk fix past the CMS moves it to sports, as the newest story there.
    await db.query(`UPDATE articles SET section_id = (SELECT id FROM sections WHERE slug = 'sports'), published_at = now() - interval '1 minute' WHERE id = $1`, [story.id]);
    const told = await fetch(`${site.base}/api/revalidate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${SECRET}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: story.id }),
    });
    expect(told.status).toBe(200);
    expect((await told.json()).tags).toContain('section:ar:sports');
    expect((await listing(site.base, '/section/sports')).ids[0]).toBe(story.id);
  }, 60_000);

  it('adds nothing when run again with the same N', () => {
    const { status, output } = archive(String(N));
    expect(status).toBe(0);
    expect(output).toContain(`all ${N} generated stories are there: nothing to add`);
    return generated().then((count) => expect(count).toBe(N));
  }, 120_000);

  it('--reset removes the generated stories, tags and writers, and leaves the real ones', async () => {
    const real = (await db.query<{ id: number; title: string }>('SELECT id, title FROM articles WHERE id < $1 ORDER BY id', [ARCHIVE_BASE])).rows;
    const { status, output } = archive('--reset', '--notify', site.base);
    expect(output).toContain(`removed ${N} generated stories`);
    expect(status).toBe(0);
    expect(await generated()).toBe(0);
    for (const table of ['tags', 'writers']) {
      expect((await db.query(`SELECT 1 FROM ${table} WHERE id >= $1`, [ARCHIVE_BASE])).rowCount).toBe(0);
    }
    expect((await db.query('SELECT 1 FROM _articles_v WHERE parent_id >= $1', [ARCHIVE_BASE])).rowCount).toBe(0);
    expect((await db.query<{ id: number; title: string }>('SELECT id, title FROM articles ORDER BY id')).rows).toEqual(real);

    const seed = await fetch(`${BASE_URL}/news/1001`, { redirect: 'manual' });
    expect(seed.status).toBe(200);
    expect(await seed.text()).toContain(html(real.find((r) => r.id === 1001)!.title));
    expect((await fetch(`${BASE_URL}/news/${ARCHIVE_BASE}`, { redirect: 'manual' })).status).toBe(404);
    // The site was told: its section pages list the real stories alone again.
    const shown = await listing(site.base, '/section/news');
    expect(shown.ids).toEqual(await newest('ar', 'news'));
    expect(shown.ids.every((id) => id < ARCHIVE_BASE)).toBe(true);
  }, 240_000);
});
