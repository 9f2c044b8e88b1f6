/**
 * The newsroom's admin finds what it looks for however the letters are spelled — a story, a tag, a
 * picture, a breaking-news line (cms/search-key) — and its stories' list tells a scheduled story, a
 * withdrawn one and a draft apart, in the admin's language (cms/hooks/reader-state, cms/translations).
 */
import { ADMIN, api, body, login, member, sectionId } from './newsroom-api';
import { BASE_URL } from './server';

type Collection = 'articles' | 'tags' | 'media' | 'breaking' | 'users' | 'sections' | 'writers';

let adminToken = '';
/** Everything this file creates, removed afterwards (last made, first removed: stories before their tags). */
const created: { collection: Collection; id: number }[] = [];
let editor: Awaited<ReturnType<typeof member>>;
let economy = 0;
const stamp = Date.now();

beforeAll(async () => {
  if (!ADMIN.email) throw new Error('ADMIN_EMAIL/ADMIN_PASSWORD: run through npm run test:integration');
  adminToken = await login(ADMIN.email, ADMIN.password);
  [editor, economy] = await Promise.all([member('editor', adminToken), sectionId('economy')]);
  created.push({ collection: 'users', id: editor.id });
});

afterAll(async () => {
  for (const { collection, id } of created.reverse()) await api('DELETE', `/api/${collection}/${id}`, undefined, adminToken);
});

async function make(collection: Collection, path: string, data: Record<string, unknown>, token = editor.token): Promise<number> {
  const answer = await api<{ doc?: { id: number } }>('POST', path, data, token);
  if (answer.status !== 201 || !answer.json.doc) throw new Error(`create ${collection}: ${answer.status} ${JSON.stringify(answer.json)}`);
  created.push({ collection, id: answer.json.doc.id });
  return answer.json.doc.id;
}

const story = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  summary: `ملخص: ${title}`,
  body: body('الفقرة الأولى من الخبر.'),
  edition: 'ar',
  section: economy,
  tags: ['غرفة الأخبار'],
  ...extra,
});

/** The ids a newsroom list read answers, as the admin asks it (the latest version of each story). */
async function found(collection: Collection, filter: string): Promise<number[]> {
  const answer = await api<{ docs: { id: number }[] }>('GET', `/api/${collection}?draft=true&depth=0&limit=100&${filter}`, undefined, editor.token);
  expect([filter, answer.status]).toEqual([filter, 200]);
  return answer.json.docs.map((doc) => doc.id);
}

/** The admin's list page, server-rendered, as the editor's browser gets it. */
async function adminList(collection: Collection, search: string, language: 'ar' | 'en'): Promise<string> {
  const response = await fetch(`${BASE_URL}/admin/collections/${collection}?search=${encodeURIComponent(search)}`, { headers: { Cookie: `payload-token=${editor.token}; payload-lng=${language}` } });
  expect(response.status).toBe(200);
  return response.text();
}

const like = (field: string, typed: string) => `where[${field}][like]=${encodeURIComponent(typed)}`;

describe('the newsroom finds a tag, a picture and a breaking-news line however their letters are spelled', () => {
  it('a tag, in the list’s search box; an exact name stays exact', async () => {
    const name = `أحمد شوقي ${stamp}`;
    const tag = await make('tags', '/api/tags', { name, edition: 'ar' });
    for (const typed of [`احمد شوقي ${stamp}`, `أحمد ${stamp}`, `أَحْمَد ${stamp}`, `حمد شو ${stamp}`]) {
      // What the list's search box asks: `like` on the collection's title field.
      expect([typed, await found('tags', like('name', typed))]).toEqual([typed, [tag]]);
    }
    expect(await found('tags', like('name', `محمد ${stamp}`))).toEqual([]);
    expect(await found('tags', `where[name][equals]=${encodeURIComponent(`احمد شوقي ${stamp}`)}`)).toEqual([]);
    expect(await found('tags', `where[name][equals]=${encodeURIComponent(name)}`)).toEqual([tag]);
    expect(await adminList('tags', `احمد شوقي ${stamp}`, 'ar')).toContain(name);
    // Kept by the database from the name: what a client sends for it is not.
    expect((await api('PATCH', `/api/tags/${tag}`, { nameKey: 'مزور' }, editor.token)).status).toBe(200);
    expect(await found('tags', like('nameKey', 'مزور'))).not.toContain(tag);
    // A visitor reads no tags at all (cms/collections/Tags.ts).
    expect((await api('GET', `/api/tags?${like('name', `احمد ${stamp}`)}`)).status).toBe(403);
  });

  it('the list’s “select all” → delete removes every tag its search showed, however spelled', async () => {
    // Two tags no story carries, the list searched as the editor types it: both shown, both deleted.
    // (Two spellings of one name are one tag: the second would be refused, cms/collections/Tags.ts.)
    const ids = [await make('tags', '/api/tags', { name: `أسوان للحذف ${stamp}`, edition: 'ar' }), await make('tags', '/api/tags', { name: `مدينة اسوان للحذف ${stamp}`, edition: 'ar' })];
    const search = like('name', `اسوان للحذف ${stamp}`);
    expect((await found('tags', search)).sort()).toEqual([...ids].sort());
    const deleted = await api<{ docs: { id: number }[] }>('DELETE', `/api/tags?${search}`, undefined, adminToken);
    expect([deleted.status, deleted.json.docs.map((doc) => doc.id).sort()]).toEqual([200, [...ids].sort()]);
    expect(await found('tags', search)).toEqual([]);
  });

  it('a picture, by its description', async () => {
    const { default: sharp } = await import('sharp');
    const png = await sharp({ create: { width: 64, height: 36, channels: 3, background: '#1b12b3' } }).png().toBuffer();
    const alt = `مستشفى الأطفال في أسوان ${stamp}`;
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `search-${stamp}.png`);
    form.append('_payload', JSON.stringify({ alt }));
    const response = await fetch(`${BASE_URL}/api/media`, { method: 'POST', headers: { Authorization: `JWT ${editor.token}` }, body: form });
    const picture = ((await response.json()) as { doc: { id: number } }).doc.id;
    created.push({ collection: 'media', id: picture });
    expect(await found('media', like('alt', `مستشفي الاطفال ${stamp}`))).toEqual([picture]);
    expect(await adminList('media', `اسوان ${stamp}`, 'ar')).toContain(alt);
  });

  it('a breaking-news line', async () => {
    const text = `ارتفاع أسعار الذهب ${stamp}`;
    const line = await make('breaking', '/api/breaking', { text, edition: 'ar', expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    expect(await found('breaking', like('text', `اسعار ${stamp}`))).toEqual([line]);
    expect(await adminList('breaking', `اسعار الذهب ${stamp}`, 'ar')).toContain(text);
  });

  it('a writer and a section, by either name, a column’s or the slug; titled by their names, not their slugs', async () => {
    const writer = await make('writers', '/api/writers', { slug: `writer-${stamp}`, name: { ar: `أحمد الشاذلي ${stamp}`, en: `Ahmed El-Shazly ${stamp}` }, column: { ar: `رؤية مصرية ${stamp}`, en: 'An Egyptian View' } });
    for (const typed of [`احمد الشاذلي ${stamp}`, `ahmed el-shazly ${stamp}`, `رؤيه مصريه ${stamp}`, `writer-${stamp}`]) {
      // What a story's writer picker and the list's search box ask: `like` on the title.
      expect([typed, await found('writers', like('title', typed))]).toEqual([typed, [writer]]);
    }
    const read = await api<{ title: string }>('GET', `/api/writers/${writer}`, undefined, editor.token);
    expect(read.json.title).toBe(`أحمد الشاذلي ${stamp} — Ahmed El-Shazly ${stamp}`);
    expect(await adminList('writers', `احمد ${stamp}`, 'ar')).toContain(`أحمد الشاذلي ${stamp} — Ahmed El-Shazly ${stamp}`);

    // Renamed, it is found by its new name; a title the client sends is not kept.
    expect((await api('PATCH', `/api/writers/${writer}`, { name: { ar: `أحمد عادل ${stamp}`, en: `Ahmed Adel ${stamp}` }, title: 'مزور' }, editor.token)).status).toBe(200);
    expect((await api<{ title: string }>('GET', `/api/writers/${writer}`, undefined, editor.token)).json.title).toBe(`أحمد عادل ${stamp} — Ahmed Adel ${stamp}`);
    expect(await found('writers', like('title', `احمد عادل ${stamp}`))).toEqual([writer]);
    expect(await found('writers', like('title', `الشاذلي ${stamp}`))).toEqual([]);

    const slug = `section-${'abcdefghij'[stamp % 10]}${'abcdefghij'[Math.floor(stamp / 10) % 10]}`;
    const section = await make('sections', '/api/sections', { slug, name: { ar: `سياحة ${stamp}`, en: `Travel ${stamp}` }, inSentence: { ar: `السياحة ${stamp}` }, order: 900 }, adminToken);
    for (const typed of [`سياحه ${stamp}`, `السياحه ${stamp}`, `travel ${stamp}`]) {
      expect([typed, await found('sections', like('title', typed))]).toEqual([typed, [section]]);
    }
    expect(await adminList('sections', `سياحه ${stamp}`, 'ar')).toContain(`سياحة ${stamp} — Travel ${stamp}`);
  });

  it('a story searched by a piece of its headline itself (the filters, a translation’s picker) as in the list', async () => {
    const title = `إدارة مستشفى القاهرة ${stamp}`;
    const id = await make('articles', '/api/articles?draft=true', { ...story(title), _status: 'draft' });
    expect(await found('articles', like('title', `اداره مستشفي ${stamp}`))).toEqual([id]);
    expect(await found('articles', `where[title][contains]=${encodeURIComponent(`القاهره ${stamp}`)}`)).toEqual([id]);
  });
});

describe('the stories’ list says what readers get of each, in the admin’s language', () => {
  it('a scheduled, a withdrawn, a live story and a draft read apart, in Arabic and in English', async () => {
    const mark = `حالة ${stamp}`;
    await make('articles', '/api/articles', { ...story(`خبر مجدول ${mark}`), _status: 'published', publishedAt: new Date(Date.now() + 86_400_000).toISOString() });
    const withdrawn = await make('articles', '/api/articles', { ...story(`خبر مسحوب ${mark}`), _status: 'published' });
    expect((await api('PATCH', `/api/articles/${withdrawn}`, { _status: 'draft' }, editor.token)).status).toBe(200);
    await make('articles', '/api/articles?draft=true', { ...story(`مسودة ${mark}`), _status: 'draft' });
    await make('articles', '/api/articles', { ...story(`خبر منشور ${mark}`), _status: 'published' });

    const cells = (html: string) => [...html.matchAll(/<td class="cell-readers"[^>]*>([\s\S]*?)<\/td>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, '').trim()).sort();
    expect(cells(await adminList('articles', mark, 'ar'))).toEqual(['لم يُنشر', 'مجدول', 'مسحوب من القراء', 'منشور للقراء'].sort());
    expect(cells(await adminList('articles', mark, 'en'))).toEqual(['Live', 'Not published', 'Scheduled', 'Withdrawn']);
  });
});
