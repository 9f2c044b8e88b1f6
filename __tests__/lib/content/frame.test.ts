/**
 * @jest-environment node
 */
import { getBreaking, getMastheadRecord, getSiteFrame } from '@/lib/content';
import type { BreakingItem } from '@/lib/content/types';
import type { Locale } from '@/lib/locales';
import { MASTHEAD, serveContent } from '../../support/content';

const NOW = new Date('2026-11-29T10:00:00+02:00');
const item = (id: number, edition: Locale, expiresAt: string, createdAt: string): BreakingItem & { edition: Locale; createdAt: string } => ({
  id,
  text: edition === 'ar' ? `عاجل ${id}` : `Breaking ${id}`,
  expiresAt,
  edition,
  createdAt,
});

const NEW_BOARD = [{ role: { ar: 'رئيس التحرير', en: 'Editor-in-Chief' }, name: { ar: 'اسم جديد', en: 'New Name' } }];

describe('the frame every page shows', () => {
  // The source answers "live" by its own clock, as the database does with now(): pin it.
  beforeEach(() => jest.useFakeTimers({ now: NOW, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] }));
  afterEach(() => jest.useRealTimers());
  serveContent({
    hijriOffsets: [{ year: 1447, month: 9, days: -1 }],
    breaking: [
      item(1, 'ar', '2026-11-29T12:00:00+02:00', '2026-11-29T08:00:00+02:00'),
      item(2, 'ar', '2026-11-29T09:59:59+02:00', '2026-11-29T09:00:00+02:00'),
      item(3, 'en', '2026-11-30T12:00:00+02:00', '2026-11-29T07:00:00+02:00'),
      item(4, 'ar', '2026-11-29T11:00:00+02:00', '2026-11-29T09:30:00+02:00'),
    ],
    mastheadTerms: [
      { entries: MASTHEAD },
      { effectiveFrom: '2026-12-01T00:00:00+02:00', entries: NEW_BOARD },
    ],
  });

  it("dates today in Cairo, with Egypt's Hijri date", async () => {
    expect((await getSiteFrame(NOW)).today).toEqual({ day: '2026-11-29', hijri: { year: 1448, month: 6, day: 19 } });
    // 22:30 UTC on the 28th is already the 29th in Cairo.
    expect((await getSiteFrame(new Date('2026-11-28T22:30:00Z'))).today.day).toBe('2026-11-29');
  });

  it('applies the newsroom’s Hijri corrections (Ramadan 1447 began a day later in Egypt)', async () => {
    expect((await getSiteFrame(new Date('2026-02-18T12:00:00+02:00'))).today.hijri).toEqual({ year: 1447, month: 8, day: 30 });
    expect((await getSiteFrame(new Date('2026-02-19T12:00:00+02:00'))).today.hijri).toEqual({ year: 1447, month: 9, day: 1 });
  });

  it('carries each edition’s live breaking news, newest first, and nothing expired since it was read', async () => {
    // The list was read at 09:00 (a cached copy), when item 2 was still live; the page renders at 10:00.
    jest.setSystemTime(new Date('2026-11-29T09:00:00+02:00'));
    const { breaking } = await getSiteFrame(NOW);
    expect(breaking.ar.map((i) => i.id)).toEqual([4, 1]);
    expect(breaking.en.map((i) => i.id)).toEqual([3]);
    expect(await getBreaking('ar', NOW)).toEqual(breaking.ar);
  });

  it('prints the term in force, and the scheduled one from its first day', async () => {
    expect((await getSiteFrame(NOW)).masthead).toEqual(MASTHEAD);
    expect((await getSiteFrame(new Date('2026-12-01T00:00:00+02:00'))).masthead).toEqual(NEW_BOARD);
    const record = await getMastheadRecord(new Date('2026-12-02T00:00:00+02:00'));
    expect(record?.current.entries).toEqual(NEW_BOARD);
    expect(record?.past).toEqual([{ entries: MASTHEAD, until: '2026-12-01T00:00:00+02:00' }]);
  });
});

describe('breaking news with words in the other script', () => {
  beforeEach(() => jest.useFakeTimers({ now: NOW, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] }));
  afterEach(() => jest.useRealTimers());
  serveContent({
    breaking: [
      { ...item(1, 'ar', '2026-11-29T12:00:00+02:00', '2026-11-29T08:00:00+02:00'), text: 'عاجل: SpaceX تؤجل الإطلاق' },
      item(2, 'ar', '2026-11-29T12:00:00+02:00', '2026-11-29T09:00:00+02:00'),
    ],
  });

  it('come split by script, so the strip marks their language without the rule; a line in one script comes as it is', async () => {
    const [plain, mixed] = await getBreaking('ar', NOW);
    expect(plain).not.toHaveProperty('runs');
    expect(mixed!.runs).toEqual([{ text: 'عاجل: ' }, { text: 'SpaceX', lang: 'en' }, { text: ' تؤجل الإطلاق' }]);
    expect(mixed!.text).toBe('عاجل: SpaceX تؤجل الإطلاق');
  });
});
