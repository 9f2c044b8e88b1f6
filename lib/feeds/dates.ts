/**
 * RFC 822 dates for RSS (`Tue, 24 Nov 2026 10:15:00 +0200`). Written in the offset the article
 * was stored with, so a reader sees Cairo time as the desk wrote it; a date without an offset
 * (`…Z`, e.g. the build time) comes out as +0000.
 */

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (n: number) => String(n).padStart(2, '0');

export function rfc822(iso: string): string {
  const offset = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  const sign = offset?.[1] === '-' ? -1 : 1;
  const minutes = offset ? sign * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  // Shift the instant by the offset, then read the UTC fields: they are the wall-clock time there.
  const local = new Date(Date.parse(iso) + minutes * 60_000);
  if (Number.isNaN(local.getTime())) throw new RangeError(`Not a date: ${iso}`);
  const zone = `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;
  return (
    `${DAYS[local.getUTCDay()]}, ${pad(local.getUTCDate())} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()} ` +
    `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())} ${zone}`
  );
}

/** The later of two ISO dates, compared as instants (strings with different offsets don't sort). */
export function newest(dates: readonly string[]): string | undefined {
  return dates.reduce<string | undefined>((max, d) => (max === undefined || Date.parse(d) > Date.parse(max) ? d : max), undefined);
}
