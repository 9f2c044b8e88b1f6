/**
 * Numbers for day and month before the year ("1/12/2026", "01.12.2026"): Cairo writes the day
 * first, JavaScript and PostgreSQL read the month first — the API stored the first of December
 * as the twelfth of January. Refused rather than guessed (the admin's picker reads its own order:
 * cms/dates.ts); the year first ("2026-12-01") is the one form nobody reads two ways.
 */
const DAY_OR_MONTH_FIRST = /^\s*\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}/;

/**
 * Whether a value is a date the calendar has, in years 1–9999, written so it reads one way only.
 * JavaScript reads "2026-02-30" as 2 March and "+099999-01-01" as a date; PostgreSQL refuses the
 * first and the admin cannot show the second — both were saved as far as the database, and
 * answered with a 500.
 */
export function isRealDate(value: unknown): boolean {
  if (DAY_OR_MONTH_FIRST.test(String(value))) return false;
  const time = Date.parse(String(value));
  if (Number.isNaN(time)) return false;
  const year = new Date(time).getUTCFullYear();
  if (year < 1 || year > 9999) return false;
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(value).trim());
  if (!day) return true;
  const [y, m, d] = day.slice(1).map(Number) as [number, number, number];
  const noon = new Date(Date.UTC(2000, m - 1, d, 12));
  noon.setUTCFullYear(y);
  return noon.getUTCMonth() === m - 1 && noon.getUTCDate() === d;
}
