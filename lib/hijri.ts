import { TIME_ZONE } from './format';

/**
 * The Hijri date as Egypt keeps it. ICU's Umm al-Qura calendar (Saudi Arabia's, computed) is the
 * base; Egypt's months begin when Dar al-Ifta announces the crescent sighted, which can be a day or
 * two apart from Umm al-Qura — in Ramadan 1447 Egypt began on 19 February 2026, Umm al-Qura on the
 * 18th. The newsroom records each such month as an offset (cms/globals/Hijri.ts): Egypt's date
 * minus Umm al-Qura's, in days, during that month.
 *
 * Model: an offset moves the month's first day (offset −1 → Egypt's month starts a day later), and
 * a month runs until the next one starts, so the months around it keep their own starts and take
 * up the difference (Sha'ban 1447 had 30 days in Egypt, 29 in Umm al-Qura).
 *
 * Days are civil days in Cairo, counted from 1970-01-01 (an integer): no clock time, no zone.
 */

export interface HijriDate {
  year: number;
  month: number;
  day: number;
}

/** Egypt's date minus Umm al-Qura's, in days, during one Hijri month. */
export interface HijriOffset {
  year: number;
  month: number;
  days: number;
}

const DAY_MS = 86_400_000;
/** The newsroom may correct a month by at most this many days either way. */
export const MAX_OFFSET_DAYS = 2;

/** "2026-02-19" → its day number. */
export function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function dayString(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

// Always with Cairo's zone: noon UTC of a civil day is the same day in Cairo (UTC+2 or +3).
const umalquraParts = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** The Umm al-Qura date of a civil day, as ICU computes it. */
export function umalqura(n: number): HijriDate {
  const parts = Object.fromEntries(umalquraParts.formatToParts(new Date(n * DAY_MS + DAY_MS / 2)).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

const monthIndex = (year: number, month: number) => year * 12 + (month - 1);
const fromIndex = (index: number) => ({ year: Math.floor(index / 12), month: (index % 12) + 1 });

/** A mean lunar month, for a first guess that the loop below corrects against ICU. */
const MEAN_MONTH = 29.530588853;
/** Day number of 1 Muharram 1 AH by the mean month, anchored on 1 Ramadan 1447 = 2026-02-18. */
const EPOCH = 20_502 - Math.round(monthIndex(1447, 9) * MEAN_MONTH - monthIndex(1, 1) * MEAN_MONTH);

const starts = new Map<number, number>();

/** The day Umm al-Qura's month begins. */
export function umalquraMonthStart(year: number, month: number): number {
  const wanted = monthIndex(year, month);
  const known = starts.get(wanted);
  if (known !== undefined) return known;
  // Aim at the middle of the month, then step by whole months until ICU agrees.
  let n = EPOCH + Math.round((wanted - monthIndex(1, 1)) * MEAN_MONTH) + 14;
  for (let attempt = 0; attempt < 6; attempt++) {
    const u = umalqura(n);
    const behind = wanted - monthIndex(u.year, u.month);
    if (behind === 0) {
      const start = n - (u.day - 1);
      starts.set(wanted, start);
      return start;
    }
    n += Math.round(behind * MEAN_MONTH);
  }
  throw new Error(`no Umm al-Qura month ${year}/${month}`);
}

function offsetOf(offsets: readonly HijriOffset[], index: number): number {
  const { year, month } = fromIndex(index);
  return offsets.find((o) => o.year === year && o.month === month)?.days ?? 0;
}

/** The day Egypt's month begins: Umm al-Qura's start moved by the month's offset. */
export function egyptianMonthStart(year: number, month: number, offsets: readonly HijriOffset[]): number {
  const index = monthIndex(year, month);
  return umalquraMonthStart(year, month) - offsetOf(offsets, index);
}

/** Egypt's Hijri date of a civil day. */
export function egyptianHijri(n: number, offsets: readonly HijriOffset[]): HijriDate {
  const u = umalqura(n);
  const here = monthIndex(u.year, u.month);
  // With offsets of at most two days, the day lies in Umm al-Qura's month or one of its neighbours.
  let best: { index: number; start: number } | undefined;
  for (const index of [here - 1, here, here + 1]) {
    const { year, month } = fromIndex(index);
    const start = egyptianMonthStart(year, month, offsets);
    if (start <= n && (!best || start > best.start)) best = { index, start };
  }
  const { index, start } = best!;
  return { ...fromIndex(index), day: n - start + 1 };
}

/**
 * Months an entry would make impossible: a lunar month has 29 or 30 days. Checked when the
 * newsroom saves its offsets, so a slip of sign cannot print a 31st of Ramadan.
 */
export function impossibleMonths(offsets: readonly HijriOffset[]): { year: number; month: number; days: number }[] {
  const touched = new Set<number>();
  for (const o of offsets) {
    const index = monthIndex(o.year, o.month);
    touched.add(index - 1);
    touched.add(index);
  }
  return [...touched]
    .sort((a, b) => a - b)
    .map((index) => {
      const { year, month } = fromIndex(index);
      const next = fromIndex(index + 1);
      return { year, month, days: egyptianMonthStart(next.year, next.month, offsets) - egyptianMonthStart(year, month, offsets) };
    })
    .filter((m) => m.days !== 29 && m.days !== 30);
}
