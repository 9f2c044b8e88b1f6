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

export function cairoIso(instant: Date | string | number): string {
  const date = new Date(instant);
  const fields = Object.fromEntries(parts.formatToParts(date).map((p) => [p.type, p.value])) as Record<string, string>;
  // setUTCFullYear, not Date.UTC's year: Date.UTC reads years 0–99 as 1900–1999.
  const wall = new Date(Date.UTC(2000, +fields.month! - 1, +fields.day!, +fields.hour!, +fields.minute!, +fields.second!)).setUTCFullYear(+fields.year!);
  const offsetMinutes = Math.round((wall - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset = `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  // Four digits, always: ISO-8601 has no "1-01-01", and every reader of these strings (feeds, JSON-LD, sitemaps) would refuse it.
  return `${fields.year!.padStart(4, '0')}-${fields.month}-${fields.day}T${fields.hour}:${fields.minute}:${fields.second}${offset}`;
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
