/**
 * The date line under the masthead, against the real server and database: today in Cairo with
 * Egypt's Hijri date, the newsroom's corrections (seeded with Ramadan 1447 from Dar al-Ifta) kept
 * by editors and applied at once, and no cached page outliving Cairo's midnight — checked on a
 * second server whose clock starts at 23:58:30 Cairo time.
 */
import path from 'node:path';
import { cairoDate, nextCairoDayStart } from '@/lib/cairo-time';
import { formatDay } from '@/lib/format';
import { dayNumber, egyptianHijri, impossibleMonths, type HijriOffset } from '@/lib/hijri';
import ar from '@/messages/ar.json';
import { ADMIN, api, login, member } from './newsroom-api';
import { startServer, type SecondServer } from './second-server';
import { BASE_URL } from './server';

type Offsets = { year: number; month: string; days: number; source: string }[];

let adminToken = '';
let editor: Awaited<ReturnType<typeof member>>;
let writer: Awaited<ReturnType<typeof member>>;
let seeded: Offsets = [];

beforeAll(async () => {
  if (!ADMIN.email) throw new Error('ADMIN_EMAIL/ADMIN_PASSWORD: run through npm run test:integration');
  adminToken = await login(ADMIN.email, ADMIN.password);
  [editor, writer] = await Promise.all([member('editor', adminToken), member('writer', adminToken)]);
  seeded = (await api<{ offsets: Offsets }>('GET', '/api/globals/hijri', undefined, editor.token)).json.offsets;
});

afterAll(async () => {
  await api('POST', '/api/globals/hijri', { offsets: seeded.map(({ year, month, days, source }) => ({ year, month, days, source })) }, adminToken);
  for (const user of [editor, writer]) if (user) await api('DELETE', `/api/users/${user.id}`, undefined, adminToken);
});

/** The date line as the Arabic edition prints it, for a Cairo day and the newsroom's corrections. */
function arabicLine(day: string, offsets: readonly HijriOffset[]): string {
  const hijri = egyptianHijri(dayNumber(day), offsets);
  const months = ar.DateLine.months as Record<string, string>;
  return `${formatDay(day, 'ar')} — ${hijri.day} ${months[String(hijri.month)]} ${hijri.year} هـ`;
}

/** The printed date line of a page: the text of the <time> under the masthead. */
async function dateLine(base: string, pathname = '/'): Promise<{ line: string; sMaxage: number }> {
  const response = await fetch(`${base}${pathname}`);
  const html = await response.text();
  const time = /<time dateTime="(\d{4}-\d{2}-\d{2})">(.*?)<\/time>/.exec(html);
  if (!time) throw new Error(`no date line in ${pathname}`);
  return { line: time[2]!.replace(/<[^>]+>/g, ''), sMaxage: Number(/s-maxage=(\d+)/.exec(response.headers.get('cache-control') ?? '')?.[1]) };
}

const asOffsets = (list: Offsets): HijriOffset[] => list.map((o) => ({ year: o.year, month: Number(o.month), days: o.days }));

describe('the date line', () => {
  it('a fresh install carries the Ramadan 1447 correction, from Dar al-Ifta', () => {
    expect(seeded.map(({ year, month, days, source }) => ({ year, month, days, source }))).toEqual([
      { year: 1447, month: '9', days: -1, source: 'دار الإفتاء المصرية' },
    ]);
  });

  it('prints today in Cairo with Egypt’s Hijri date, on every page, and no copy outlives Cairo’s midnight', async () => {
    const before = new Date();
    const { line, sMaxage } = await dateLine(BASE_URL, '/');
    const today = cairoDate(before);
    expect(line).toBe(arabicLine(today, asOffsets(seeded)));
    expect(line).toMatch(/^\S+ \d{1,2} \S+ \d{4} — \d{1,2} .+ \d{4} هـ$/);
    const left = (nextCairoDayStart(before).getTime() - before.getTime()) / 1000;
    expect(sMaxage).toBeLessThanOrEqual(Math.min(300, Math.ceil(left) + 1));
    expect((await dateLine(BASE_URL, '/en/news/1010')).line).toMatch(/^[A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4} — \d{1,2} [A-Za-z -]+ \d{4} AH$/);
  });

  it('only editors keep the corrections; an impossible month is refused with the reason', async () => {
    expect((await api('GET', '/api/globals/hijri')).status).toBe(403);
    expect((await api('POST', '/api/globals/hijri', { offsets: [] }, writer.token)).status).toBe(403);
    const wrong = await api<{ errors?: { message: string; data?: { errors?: { message: string }[] } }[] }>(
      'POST',
      '/api/globals/hijri?locale=ar',
      { offsets: [{ year: 1447, month: '9', days: 1, source: 'اختبار' }] },
      editor.token,
    );
    expect(wrong.status).toBe(400);
    // Moving Ramadan 1447 a day earlier alone would leave Sha'ban (29 days in Umm al-Qura) with 28:
    // the refusal names that month and its length.
    expect(JSON.stringify(wrong.json)).toContain('بهذه التصحيحات يصير في شعبان 1447 هـ 28 يومًا');
    const twice = await api('POST', '/api/globals/hijri', { offsets: [...seeded, ...seeded].map(({ year, month, days, source }) => ({ year, month, days, source })) }, editor.token);
    expect([twice.status, JSON.stringify(twice.json)]).toEqual([400, expect.stringContaining('رمضان 1447 هـ مذكور أكثر من مرة.')]);
    const zero = await api('POST', '/api/globals/hijri', { offsets: [{ year: 1447, month: '9', days: 0, source: 'اختبار' }] }, editor.token);
    expect(zero.status).toBe(400);
  });

  it('a year out of the calendar, or values that are not numbers or rows, are refused under their field (each was a 500)', async () => {
    for (const [path, offsets] of [
      ['offsets.0.year', [{ year: 1e12, month: '9', days: 1, source: 'اختبار' }]],
      ['offsets.0.year', [{ year: { a: 1 }, month: '9', days: 1, source: 'اختبار' }]],
      // Saved once, and never matched a month (lib/hijri compares whole years).
      ['offsets.0.year', [{ year: 1447.5, month: '8', days: 1, source: 'اختبار' }]],
      ['offsets.0.month', [{ year: 1447, month: ['9'], days: 1, source: 'اختبار' }]],
      ['offsets', { a: 1 }],
    ] as const) {
      const answer = await api('POST', '/api/globals/hijri', { offsets }, editor.token);
      expect([path, answer.status]).toEqual([path, 400]);
      expect(JSON.stringify(answer.json)).toContain(`"path":"${path}"`);
    }
    const kept = await api<{ offsets: Offsets }>('GET', '/api/globals/hijri', undefined, editor.token);
    expect(kept.json.offsets.length).toBe(seeded.length);
    // The admin sends a list whose last row was removed as its count of rows: 0 is no corrections, and saves.
    expect((await api('POST', '/api/globals/hijri', { offsets: 0 }, editor.token)).status).toBe(200);
    expect((await api<{ offsets: Offsets }>('GET', '/api/globals/hijri', undefined, editor.token)).json.offsets).toEqual([]);
    expect((await api('POST', '/api/globals/hijri', { offsets: seeded.map(({ year, month, days, source }) => ({ year, month, days, source })) }, editor.token)).status).toBe(200);
  });

  it("an editor's correction of this month reaches the date line of every page at once", async () => {
    const today = cairoDate(new Date());
    const current = egyptianHijri(dayNumber(today), asOffsets(seeded));
    const next = current.month === 12 ? { year: current.year + 1, month: 1 } : { year: current.year, month: current.month + 1 };
    const prev = current.month === 1 ? { year: current.year - 1, month: 12 } : { year: current.year, month: current.month - 1 };
    // A correction the calendar allows (months of 29 or 30 days) that moves today's Hijri date.
    const here = { year: current.year, month: current.month };
    const candidates: HijriOffset[][] = [
      [{ ...here, days: -1 }],
      [{ ...here, days: 1 }],
      [{ ...here, days: -1 }, { ...next, days: -1 }],
      [{ ...prev, days: 1 }, { ...here, days: 1 }],
    ];
    const chosen = candidates.find((list) => {
      const all = [...asOffsets(seeded), ...list];
      return impossibleMonths(all).length === 0 && arabicLine(today, all) !== arabicLine(today, asOffsets(seeded));
    })!;
    expect(chosen).toBeDefined();
    const offsets = [...seeded, ...chosen.map((o) => ({ year: o.year, month: String(o.month), days: o.days, source: 'دار الإفتاء المصرية' }))];
    const saved = await api('POST', '/api/globals/hijri', { offsets }, editor.token);
    expect(saved.status).toBe(200);
    const expected = arabicLine(today, asOffsets(offsets));
    for (const pathname of ['/', '/news/1001', '/section/economy']) expect((await dateLine(BASE_URL, pathname)).line).toBe(expected);
    // And back: the seed's corrections alone, on every page at once.
    expect((await api('POST', '/api/globals/hijri', { offsets: seeded.map(({ year, month, days, source }) => ({ year, month, days, source })) }, editor.token)).status).toBe(200);
    expect((await dateLine(BASE_URL, '/')).line).toBe(arabicLine(today, asOffsets(seeded)));
  });
});

describe('at Cairo midnight (a second server whose clock starts at 23:59:15 Cairo time)', () => {
  let server: SecondServer | undefined;
  const [DAY, NEXT_DAY] = ['2027-03-14', '2027-03-15'];

  beforeAll(async () => {
    server = await startServer('midnight', {
      // Forty-five seconds before midnight: room for a slow start (a second server answers in 5–10 s
      // in CI), and the page rendered before midnight still lives half a minute.
      FAKE_NOW: `${DAY}T23:59:15+02:00`,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${path.join(__dirname, 'fake-clock.mjs')}`.trim(),
    });
  }, 90_000);

  afterAll(() => server?.stop());

  it('a page rendered in the last minutes of the day is cached only until midnight; then the new date', async () => {
    const base = server!.base;
    const offsets = asOffsets(seeded);
    const page = '/section/economy';
    // Another page, cached before midnight and not asked for again until the clock has ticked past it.
    const untouched = '/masthead';
    // The first answers may be the build's copy (stale to this clock): wait for one rendered now.
    let rendered = await dateLine(base, page);
    for (let i = 0; i < 40 && rendered.line !== arabicLine(DAY, offsets); i++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      rendered = await dateLine(base, page);
    }
    const renderedAt = Date.now();
    expect(rendered.line).toBe(arabicLine(DAY, offsets));
    for (let i = 0; i < 40 && (await dateLine(base, untouched)).line !== arabicLine(DAY, offsets); i++) await new Promise((resolve) => setTimeout(resolve, 500));
    // Its copy lives the seconds left until midnight on that clock, no more.
    expect(rendered.sMaxage).toBeGreaterThan(0);
    expect(rendered.sMaxage).toBeLessThanOrEqual(45);
    await new Promise((resolve) => setTimeout(resolve, rendered.sMaxage * 1000 - (Date.now() - renderedAt) + 1_000));
    // Past midnight: the cached copy is stale, so at most the request that finds it gets it while
    // the next renders — within seconds the page carries the new day.
    // A stale copy is never one a CDN may keep (lib/server/response-headers).
    const started = Date.now();
    let after = await dateLine(base, page);
    while (after.line !== arabicLine(NEXT_DAY, offsets) && Date.now() - started < 15_000) {
      expect(after.sMaxage).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 250));
      after = await dateLine(base, page);
    }
    expect(after.line).toBe(arabicLine(NEXT_DAY, offsets));
    console.log(`past midnight the new date was served after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // Once the minute's clock (every 3 s here) has run past midnight it has expired the date line
    // everywhere: the page nobody asked for since is not served stale even once — its first reader
    // of the new day gets the new date.
    await new Promise((resolve) => setTimeout(resolve, 2 * Number(process.env.PUBLISHING_CLOCK_MS ?? 3000) + 1_000));
    expect((await dateLine(base, untouched)).line).toBe(arabicLine(NEXT_DAY, offsets));
  }, 180_000);
});
