import { Rng, cumulative } from './random';

/**
 * When generated stories were published: any day of the twenty years up to the archive's anchor
 * (the first run's "now", kept in the database so re-runs agree), more of them in recent years, as
 * online newsrooms grew; at the hours a Cairo newsroom publishes, in Cairo's own time (its summer
 * time included).
 */

export const YEARS = 20;
const DAY = 86_400_000;
export const ARCHIVE_DAYS = Math.round(YEARS * 365.25);

/** Publications per hour of the Cairo day: quiet at night, busiest through the working day. */
const HOURS = cumulative([2, 1, 1, 1, 1, 2, 4, 6, 8, 10, 10, 10, 10, 10, 9, 9, 8, 8, 8, 8, 7, 6, 4, 3]);

const cairoParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Africa/Cairo',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
});

/** Cairo's wall clock at an instant, as if it were UTC (so Date.UTC arithmetic works on it). */
export function cairoWall(instant: number): number {
  const f: Record<string, number> = {};
  for (const part of cairoParts.formatToParts(instant)) if (part.type !== 'literal') f[part.type] = Number(part.value);
  return Date.UTC(f.year!, f.month! - 1, f.day!, f.hour!, f.minute!);
}

/** Cairo's offset from UTC, by wall-clock day (changes of summer time fall at night: close enough). */
const offsets = new Map<number, number>();
function offsetOn(wall: number): number {
  const day = Math.floor(wall / DAY);
  let offset = offsets.get(day);
  if (offset === undefined) {
    const noon = day * DAY + 12 * 3_600_000 - 2 * 3_600_000;
    offset = cairoWall(noon) - noon;
    offsets.set(day, offset);
  }
  return offset;
}

export interface Published {
  /** The instant (ms). */
  at: number;
  /** Cairo weekday, 0 = Sunday. */
  weekday: number;
}

/** The anchor's Cairo day (as a wall-clock midnight), worked out once per anchor. */
let anchorDay: { anchor: number; day: number } | undefined;
function dayOf(anchor: number): number {
  if (anchorDay?.anchor !== anchor) anchorDay = { anchor, day: Math.floor(cairoWall(anchor) / DAY) * DAY };
  return anchorDay.day;
}

/** A publication time drawn from `rng`, at or before `anchor`. */
export function publicationTime(rng: Rng, anchor: number): Published {
  // Density rising linearly to three times as many stories a day now as twenty years ago: the
  // inverse of its cumulative distribution (t + t²) / 2.
  const t = (-1 + Math.sqrt(1 + 8 * rng.next())) / 2;
  const daysBack = Math.min(ARCHIVE_DAYS - 1, Math.floor((1 - t) * ARCHIVE_DAYS));
  const hour = rng.weighted(HOURS);
  const minute = rng.int(0, 59);
  let wall = dayOf(anchor) - daysBack * DAY + hour * 3_600_000 + minute * 60_000;
  // Today, later than the anchor: the same time the day before.
  if (wall - offsetOn(wall) > anchor) wall -= DAY;
  return { at: wall - offsetOn(wall), weekday: new Date(wall).getUTCDay() };
}

/** `minutes` after `at`, but never after the anchor (nothing is published in the future). */
export function later(at: number, minutes: number, anchor: number): number {
  return Math.min(anchor, at + minutes * 60_000);
}
