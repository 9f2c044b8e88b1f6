import { TIME_ZONE } from './format';

/**
 * Instants as the paper writes them: ISO-8601 in Cairo's wall-clock time with its offset
 * ("2026-11-24T10:15:00+02:00"; +03:00 in summer time), whatever zone the database or server
 * runs in. Pages, feeds and structured data all read dates in this form (lib/format shows them).
 */
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

const pad = (n: number) => String(n).padStart(2, '0');

/** Cairo's wall clock minus UTC at an instant, in ms, as the time zone data says (Intl), to the second. */
function offsetByIntl(ms: number): number {
  const fields = Object.fromEntries(parts.formatToParts(new Date(ms)).map((p) => [p.type, p.value])) as Record<string, string>;
  // setUTCFullYear, not Date.UTC's year: Date.UTC reads years 0–99 as 1900–1999.
  const wall = new Date(Date.UTC(2000, +fields.month! - 1, +fields.day!, +fields.hour!, +fields.minute!, +fields.second!)).setUTCFullYear(+fields.year!);
  return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * Cairo's offsets through one stretch of 365 days, each from the second it starts. A sitemap file
 * writes 4,000 dates spread over twenty years, and Intl takes 5–8 µs a date (35 ms a file, measured
 * at a million stories); so each stretch's changes are found once — sampled weekly, each change
 * bisected to its second — and every date after that is arithmetic. Weekly is safe: the shortest time
 * Cairo has kept one offset is 21 days (September 2010, summer time paused for Ramadan);
 * __tests__/lib/cairo-time.test.ts checks the result against Intl on every day from 1900 to 2100 and
 * on the second of each change.
 */
type Span = { from: number; offset: number };
const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
const STRETCH_MS = 365 * DAY_MS;
const stretches = new Map<number, readonly Span[]>();

function spansOf(stretch: number): readonly Span[] {
  const known = stretches.get(stretch);
  if (known) return known;
  const start = stretch * STRETCH_MS;
  const last = start + STRETCH_MS - 1000;
  const spans: Span[] = [{ from: start, offset: offsetByIntl(start) }];
  for (let from = start; from < last; ) {
    const current = spans[spans.length - 1]!.offset;
    const to = Math.min(from + WEEK_MS, last);
    if (offsetByIntl(to) === current) {
      from = to;
      continue;
    }
    // The first second of the new offset, between a second of the old one (from) and one of a new one (to).
    let before = from;
    let after = to;
    while (after - before > 1000) {
      const middle = before + Math.floor((after - before) / 2000) * 1000;
      if (offsetByIntl(middle) === current) before = middle;
      else after = middle;
    }
    spans.push({ from: after, offset: offsetByIntl(after) });
    from = after;
  }
  stretches.set(stretch, spans);
  return spans;
}

function offsetAt(second: number): number {
  const spans = spansOf(Math.floor(second / STRETCH_MS));
  let offset = spans[0]!.offset;
  for (const span of spans) {
    if (span.from > second) break;
    offset = span.offset;
  }
  return offset;
}

/**
 * The proleptic Gregorian date of a count of days since 1970-01-01 (Howard Hinnant's civil_from_days):
 * arithmetic, because Next's server wraps the Date constructor, which made each `new Date` cost more
 * than the rest of a sitemap entry.
 */
function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1 };
}

const epochMs = (instant: Date | string | number): number => (typeof instant === 'number' ? instant : typeof instant === 'string' ? Date.parse(instant) : instant.getTime());

export function cairoIso(instant: Date | string | number): string {
  const second = Math.floor(epochMs(instant) / 1000) * 1000;
  if (!Number.isFinite(second)) throw new RangeError(`Invalid time value: ${String(instant)}`);
  const offsetMs = offsetAt(second);
  const wall = second + offsetMs;
  const days = Math.floor(wall / DAY_MS);
  const { year, month, day } = civilFromDays(days);
  const secondOfDay = (wall - days * DAY_MS) / 1000;
  const offsetMinutes = Math.round(offsetMs / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset = `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  const clock = `${pad(Math.floor(secondOfDay / 3600))}:${pad(Math.floor(secondOfDay / 60) % 60)}:${pad(secondOfDay % 60)}`;
  // Four digits, always: ISO-8601 has no "1-01-01", and every reader of these strings (feeds, JSON-LD, sitemaps) would refuse it.
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}T${clock}${offset}`;
}

/** The civil date in Cairo of an instant: "2026-11-29". */
export function cairoDate(instant: Date | string | number): string {
  return cairoIso(instant).slice(0, 10);
}

/**
 * The instant Cairo's next day begins, after `instant`. Found by bisection on Cairo's own clock
 * rather than by adding hours: on the day summer time begins the day starts at 01:00 (there is no
 * midnight), and on the day it ends the hour before midnight happens twice.
 */
export function nextCairoDayStart(instant: Date | string | number): Date {
  const start = Math.floor(new Date(instant).getTime() / 1000);
  const today = cairoDate(start * 1000);
  // A day is at most 25 hours long: by then it is surely tomorrow.
  let before = start;
  let after = start + 25 * 3600;
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (cairoDate(middle * 1000) === today) before = middle;
    else after = middle;
  }
  return new Date(after * 1000);
}

/**
 * The instant a Cairo calendar day ("2026-02-26") begins: midnight, or 01:00 on the day summer time
 * starts. (Noon UTC always falls on the same date in Cairo; the day before it, the next day start is this one.)
 */
export function cairoDayStart(day: string): Date {
  return nextCairoDayStart(Date.parse(`${day}T12:00:00Z`) - 24 * 3600_000);
}
