/**
 * The masthead through time, against the real server and database: /masthead in both editions;
 * the current names stay the seed's until the newsroom enters new ones; a term the newsroom enters
 * reaches every page at once, the one it replaced moves to the history with its end; a term
 * entered for later takes over on its day without anyone touching anything.
 */
import { ADMIN, api, login } from './newsroom-api';
import { get } from './server';

interface Term {
  effectiveFrom?: string | null;
  entries: { role: { ar: string; en: string }; name: { ar: string; en: string } }[];
}

let adminToken = '';
let original: Term[] = [];

const SEED_NAMES = ['د.عبد السند يمامة', 'سامي أبو العز', 'ياسر شورى'];
const board = (ar: string, en: string): Term['entries'] => [{ role: { ar: 'رئيس التحرير', en: 'Editor-in-Chief' }, name: { ar, en } }];
const plain = (terms: Term[]) => terms.map(({ effectiveFrom, entries }) => ({ effectiveFrom: effectiveFrom ?? null, entries: entries.map(({ role, name }) => ({ role, name })) }));
const html = async (path: string) => (await get(path)).text();
/** The page as a reader sees it: its HTML without the scripts (the RSC payload repeats every word). */
const visible = (page: string) => page.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
const sMaxage = (response: Response) => Number(/s-maxage=(\d+)/.exec(response.headers.get('cache-control') ?? '')?.[1]);

beforeAll(async () => {
  if (!ADMIN.email) throw new Error('ADMIN_EMAIL/ADMIN_PASSWORD: run through npm run test:integration');
  adminToken = await login(ADMIN.email, ADMIN.password);
  original = (await api<{ terms: Term[] }>('GET', '/api/globals/masthead', undefined, adminToken)).json.terms;
});

afterAll(async () => {
  await api('POST', '/api/globals/masthead', { terms: plain(original) }, adminToken);
});

describe('the masthead page', () => {
  it('shows the seed’s names as the current masthead, in both editions, and invents no history', async () => {
    const arabic = await get('/masthead');
    expect(arabic.status).toBe(200);
    const page = await arabic.text();
    expect(page).toMatch(/<h1 [^>]*>هيئة التحرير<\/h1>/);
    for (const name of SEED_NAMES) expect(page).toContain(name);
    expect(page).toContain('لم تُسجَّل تشكيلات سابقة بعد.');
    const english = await html('/en/masthead');
    expect(english).toContain('Dr. Abdel Sanad Yamama');
    expect(english).toContain('No earlier masthead has been recorded yet.');
    expect((await get('/masthead/1')).status).toBe(404);
  });

  it('a new term reaches every page at once; the one it replaced moves to the history with its end', async () => {
    const saved = await api('POST', '/api/globals/masthead', { terms: [...plain(original), { effectiveFrom: '2026-02-26T00:00:00.000Z', entries: board('اسم تجريبي', 'Test Name') }] }, adminToken);
    expect(saved.status).toBe(200);
    for (const path of ['/', '/news/1001', '/section/economy']) {
      const page = visible(await html(path));
      expect(page).toContain('اسم تجريبي');
      expect(page).not.toContain('ياسر شورى');
    }
    const english = visible(await html('/en'));
    expect(english).toContain('Test Name');
    expect(english).not.toContain('Yasser Shoura');
    const record = visible(await html('/masthead'));
    const main = record.slice(record.indexOf('<main'), record.indexOf('</main>'));
    const [current = '', history = ''] = main.split('id="masthead-history"');
    expect(current).toContain('اسم تجريبي');
    expect(current).toContain('منذ <time dateTime="2026-02-26T02:00:00+02:00">26 فبراير 2026</time>');
    for (const name of SEED_NAMES) expect(current).not.toContain(name);
    for (const name of SEED_NAMES) expect(history).toContain(name);
    expect(history).not.toContain('اسم تجريبي');
    // The seed's term has no recorded start: it says only when it ended.
    expect(history).toContain('حتى <time dateTime="2026-02-26T02:00:00+02:00">26 فبراير 2026</time>');
    expect(history).not.toContain('لم تُسجَّل تشكيلات سابقة بعد.');
  });

  it('a day picked in the admin starts at that day’s midnight in Cairo, whatever zone the editor’s computer keeps; a time kept on purpose stays', async () => {
    type Sent = Term & { effectiveFrom_tz?: string };
    const save = (terms: Sent[]) => api<{ result: { terms: Term[] } }>('POST', '/api/globals/masthead', { terms }, adminToken);
    const stored = async () => (await api<{ terms: Term[] }>('GET', '/api/globals/masthead', undefined, adminToken)).json.terms.at(-1)?.effectiveFrom;
    // The picker sends the day picked at a time of its own, with Cairo's zone beside it: 1 March
    // picked on a computer on UTC (noon there) and on one in New York (noon there, carried into Cairo's clock).
    for (const picked of ['2026-03-01T10:00:00.000Z', '2026-03-01T15:00:00.000Z']) {
      expect((await save([...plain(original), { effectiveFrom: picked, effectiveFrom_tz: 'Africa/Cairo', entries: board('اسم من منتقي الأيام', 'Picked Name') }])).status).toBe(200);
      expect(await stored()).toBe('2026-02-28T22:00:00.000Z');
    }
    expect(visible(await html('/masthead'))).toContain('منذ <time dateTime="2026-03-01T00:00:00+02:00">1 مارس 2026</time>');
    // A time sent on purpose, without the zone, is kept — and so it stays when the admin's form sends it back unchanged, zone and all.
    expect((await save([...plain(original), { effectiveFrom: '2026-03-01T10:00:00.000Z', entries: board('اسم بموعد', 'Timed Name') }])).status).toBe(200);
    expect(await stored()).toBe('2026-03-01T10:00:00.000Z');
    const read = (await api<{ terms: (Term & { id: string; effectiveFrom_tz?: string })[] }>('GET', '/api/globals/masthead', undefined, adminToken)).json.terms;
    expect(read.at(-1)?.effectiveFrom_tz).toBe('Africa/Cairo');
    expect((await save(read)).status).toBe(200);
    expect(await stored()).toBe('2026-03-01T10:00:00.000Z');
  });

  it('terms that leave which is in force to chance are refused under `terms`, and nothing changes: a second without a day, or two from the same day', async () => {
    const undated = [...plain(original), { effectiveFrom: null, entries: board('اسم بلا تاريخ', 'Undated Name') }];
    const sameDay = [...plain(original), { effectiveFrom: '2026-04-01T12:00:00.000Z', entries: board('اسم أول', 'First Name') }, { effectiveFrom: '2026-03-31T22:00:00.000Z', entries: board('اسم ثان', 'Second Name') }];
    const before = plain((await api<{ terms: Term[] }>('GET', '/api/globals/masthead', undefined, adminToken)).json.terms);
    expect(original.filter((term) => !term.effectiveFrom)).toHaveLength(1);
    const answers = [await api<{ errors: { data?: { errors?: unknown[] } }[] }>('POST', '/api/globals/masthead', { terms: undated }, adminToken), await api<{ errors: { data?: { errors?: unknown[] } }[] }>('POST', '/api/globals/masthead', { terms: sameDay }, adminToken)];
    expect(answers.map(({ status, json }) => [status, json.errors[0]?.data?.errors])).toEqual([
      [400, [expect.objectContaining({ path: 'terms', message: 'أكثر من تشكيل بلا تاريخ «ساري من»، فلا يُعرف أيها الساري: لا يُترك بلا تاريخ إلا أقدم تشكيل.' })]],
      [400, [expect.objectContaining({ path: 'terms', message: 'تشكيلان يسريان من اليوم نفسه (1 أبريل 2026)، فلا يُعرف أيهما الساري: لكل تشكيل يومه.' })]],
    ]);
    expect(plain((await api<{ terms: Term[] }>('GET', '/api/globals/masthead', undefined, adminToken)).json.terms)).toEqual(before);
  });

  it('its versions, and the Hijri calendar’s, are listed in the admin (the lists failed: 500)', async () => {
    for (const [global, name] of [['masthead', 'هيئة التحرير'], ['hijri', 'التقويم الهجري']]) {
      const list = await get(`/admin/globals/${global}/versions`, { headers: { Cookie: `payload-token=${adminToken}; payload-lng=ar` } });
      expect([global, list.status]).toEqual([global, 200]);
      expect(await list.text()).toContain(`<h1 class="doc-header__title render-title" title="${name}">${name}</h1>`);
    }
  });

  it('a term entered for later takes over on its day, by the clock alone', async () => {
    const start = new Date(Date.now() + 20_000);
    await api('POST', '/api/globals/masthead', { terms: [...plain(original), { effectiveFrom: start.toISOString(), entries: board('اسم لاحق', 'Later Name') }] }, adminToken);
    const before = await get('/section/sports');
    const beforePage = visible(await before.text());
    expect(beforePage).toContain('ياسر شورى');
    expect(beforePage).not.toContain('اسم لاحق');
    // The page's copy ends when the new term begins.
    expect(sMaxage(before)).toBeLessThanOrEqual(20);
    await new Promise((resolve) => setTimeout(resolve, start.getTime() - Date.now() + 1_000));
    const started = Date.now();
    let page = visible(await html('/section/sports'));
    while (!page.includes('اسم لاحق') && Date.now() - started < 15_000) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      page = visible(await html('/section/sports'));
    }
    expect(page).toContain('اسم لاحق');
    expect(page).not.toContain('ياسر شورى');
  }, 60_000);
});
