import { dayNumber, dayString, egyptianHijri, egyptianMonthStart, impossibleMonths, umalqura, umalquraMonthStart } from '@/lib/hijri';

const day = (iso: string) => dayNumber(iso);
const RAMADAN_1447 = [{ year: 1447, month: 9, days: -1 }];

describe('Umm al-Qura through ICU', () => {
  it('dates days as ICU does (checked by hand against the calendar)', () => {
    expect(umalqura(day('2026-11-29'))).toEqual({ year: 1448, month: 6, day: 19 });
    expect(umalqura(day('2026-02-17'))).toEqual({ year: 1447, month: 8, day: 29 });
    expect(umalqura(day('2026-02-18'))).toEqual({ year: 1447, month: 9, day: 1 });
    expect(umalqura(day('2026-03-19'))).toEqual({ year: 1447, month: 9, day: 30 });
    expect(umalqura(day('2026-03-20'))).toEqual({ year: 1447, month: 10, day: 1 });
  });

  it('finds the first day of any month, far from the anchor too', () => {
    expect(dayString(umalquraMonthStart(1447, 9))).toBe('2026-02-18');
    expect(dayString(umalquraMonthStart(1447, 10))).toBe('2026-03-20');
    for (const [year, month] of [[1400, 1], [1446, 12], [1448, 1], [1500, 7]] as const) {
      const start = umalquraMonthStart(year, month);
      expect(umalqura(start)).toEqual({ year, month, day: 1 });
      expect(umalqura(start - 1).month).not.toBe(month);
    }
  });
});

describe("Egypt's Hijri date", () => {
  it('is Umm al-Qura where the newsroom recorded no difference', () => {
    for (const iso of ['2026-11-29', '2026-02-17', '2026-02-18', '2026-03-20']) {
      expect(egyptianHijri(day(iso), [])).toEqual(umalqura(day(iso)));
    }
  });

  it('Ramadan 1447: Egypt began on 19 February 2026, Umm al-Qura on the 18th — a day behind all month', () => {
    // 18 February: 1 Ramadan in Umm al-Qura, the 30th of Sha'ban in Egypt (Sha'ban ran 30 days there, 29 in Umm al-Qura).
    expect(egyptianHijri(day('2026-02-18'), RAMADAN_1447)).toEqual({ year: 1447, month: 8, day: 30 });
    expect(egyptianHijri(day('2026-02-19'), RAMADAN_1447)).toEqual({ year: 1447, month: 9, day: 1 });
    expect(egyptianHijri(day('2026-03-05'), RAMADAN_1447)).toEqual({ year: 1447, month: 9, day: 15 });
    expect(umalqura(day('2026-03-05'))).toEqual({ year: 1447, month: 9, day: 16 });
    expect(egyptianHijri(day('2026-03-19'), RAMADAN_1447)).toEqual({ year: 1447, month: 9, day: 29 });
    // Shawwal carries no correction: it starts with Umm al-Qura's, and Ramadan took 29 days in Egypt.
    expect(egyptianHijri(day('2026-03-20'), RAMADAN_1447)).toEqual({ year: 1447, month: 10, day: 1 });
    expect(dayString(egyptianMonthStart(1447, 9, RAMADAN_1447))).toBe('2026-02-19');
  });

  it('a month that begins earlier than Umm al-Qura shortens the month before it', () => {
    const early = [{ year: 1448, month: 6, days: 1 }];
    const start = umalquraMonthStart(1448, 6);
    expect(egyptianHijri(start - 1, early)).toEqual({ year: 1448, month: 6, day: 1 });
    expect(egyptianHijri(start, early)).toEqual({ year: 1448, month: 6, day: 2 });
  });

  it('refuses corrections that would make a month of 28 or 31 days', () => {
    expect(impossibleMonths(RAMADAN_1447)).toEqual([]);
    // Umm al-Qura's Sha'ban 1447 has 29 days and its Ramadan 30: starting Ramadan a day earlier
    // would leave Sha'ban 28 days and stretch Ramadan to 31.
    expect(impossibleMonths([{ year: 1447, month: 9, days: 1 }])).toEqual([
      { year: 1447, month: 8, days: 28 },
      { year: 1447, month: 9, days: 31 },
    ]);
    // Its Ramadan has 30 days and its Shawwal 29: starting Shawwal a day later would make them 31 and 28.
    expect(impossibleMonths([{ year: 1447, month: 10, days: -1 }])).toEqual([
      { year: 1447, month: 9, days: 31 },
      { year: 1447, month: 10, days: 28 },
    ]);
  });
});
