import { nextCairoDayStart } from '@/lib/cairo-time';
import { cacheTags } from '@/lib/content/tags';
import { query } from '@/lib/db/pool';
import type { Locale } from '@/lib/locales';

/**
 * What pages show that changes by the clock rather than by an edit: the date line at Cairo's
 * midnight, a breaking line at its expiry (and the next live one taking its place), a masthead
 * term on the day it begins. A page's cached copy already ends by then (lib/content/lifetime), but
 * an ended copy is still served once more while it is rendered again (stale-while-revalidate): to a
 * rarely read page's next reader, that could be yesterday's date days later. So the minute's clock
 * (app/api/cron/publish) also expires their tags, as an edit would, and the next reader of any such
 * page gets a fresh render, over the same span as scheduled publishing's (lib/publishing/sweep).
 */

/** The Cairo midnight that fell in (since, now], as epoch milliseconds; undefined when none did. */
export function midnightCrossed(since: Date, now: Date): number | undefined {
  const midnight = nextCairoDayStart(since).getTime();
  return midnight <= now.getTime() ? midnight : undefined;
}

/**
 * The midnight this process last expired the date line for. Expiring it renders every page again, and
 * the overlapping windows would do that twice; a process that did it once does not repeat it (another
 * instance, on Vercel, may — at worst the same second render as before).
 */
let dateLineExpiredFor = 0;

export async function tagsOfDeadlines(since: Date, now: Date): Promise<string[]> {
  const [expired, begun] = await Promise.all([
    query<{ edition: Locale }>(`SELECT DISTINCT edition FROM breaking WHERE expires_at > $1 AND expires_at <= $2`, [since, now]),
    query<{ one: number }>(`SELECT 1 AS one FROM masthead_terms WHERE effective_from > $1 AND effective_from <= $2 LIMIT 1`, [since, now]),
  ]);
  const midnight = midnightCrossed(since, now);
  const newDay = midnight !== undefined && midnight !== dateLineExpiredFor;
  if (newDay) dateLineExpiredFor = midnight;
  return [
    ...(newDay ? [cacheTags.dateLine()] : []),
    ...expired.map((row) => cacheTags.breaking(row.edition)),
    ...(begun.length ? [cacheTags.masthead()] : []),
  ];
}
