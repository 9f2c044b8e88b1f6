import { expireTags } from '@/lib/cache/expired-tags';
import { after } from 'next/server';
import { forgetMarks } from '@/lib/content/marks';
import { NO_STORE } from '@/lib/cache-control';
import { tagsOfDeadlines } from '@/lib/publishing/deadlines';
import { tagsComingDue } from '@/lib/publishing/scheduled';
import { lastSweptUntil, markSwept, sweepSince } from '@/lib/publishing/sweep';
import { bearerToken, secretMatches } from '@/lib/publishing/secret';
import { catchUpSearch } from '@/lib/search/catch-up';
import { refuseMethodsBut } from '@/lib/route-methods';

/**
 * Called every minute — by Vercel Cron (vercel.json; it sends CRON_SECRET) or, under `next start`,
 * by the server itself (instrumentation.ts): makes stories scheduled for this minute appear on
 * every page that lists them (lib/publishing/scheduled), and what changes by the clock — the date
 * line, a breaking line's expiry, a masthead term's first day — reach every page showing it
 * (lib/publishing/deadlines). After its answer (so that no expiry waits on it), stories whose
 * search rows were computed under older search rules are computed again, for 15 s by default
 * (lib/search/catch-up).
 */
export const dynamic = 'force-dynamic';
/** Vercel's limit for the call, the catch-up that follows its answer included. */
export const maxDuration = 60;

export async function GET(request: Request): Promise<Response> {
  const secret = process.env.CRON_SECRET;
  if (!secret || !secretMatches(bearerToken(request.headers.get('authorization')), secret)) {
    return Response.json({ error: 'unauthorized' }, { status: 401, headers: { 'Cache-Control': NO_STORE } });
  }
  const now = new Date();
  // Since the last tick that completed (lib/publishing/sweep): a missed one is made up here.
  const since = sweepSince(await lastSweptUntil(), now);
  const [{ ids, tags }, deadlines] = await Promise.all([tagsComingDue(since, now), tagsOfDeadlines(since, now)]);
  await expireTags([...tags, ...deadlines]);
  // Only stories coming due move the listings' marks; the clock's deadlines change no listing.
  if (tags.length) forgetMarks();
  // Only once every expiry is asked for (Next applies them as the answer is sent): a tick that fails
  // before this is covered again by the next.
  await markSwept(now);
  // After the answer: the expiries above are applied as it is sent, never held up by this.
  after(async () => {
    try {
      const reindexed = await catchUpSearch();
      if (reindexed) console.log(`[search catch-up] ${reindexed} stories indexed under the current search rules`);
    } catch (error) {
      // Left for the next tick.
      console.error(`[search catch-up] ${(error as Error).message}`);
    }
  });
  return Response.json({ since: since.toISOString(), published: ids, tags, deadlines }, { headers: { 'Cache-Control': NO_STORE } });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = refuseMethodsBut('GET');
