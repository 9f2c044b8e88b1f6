import { revalidateTag } from 'next/cache';
import { forgetMarks } from '@/lib/content/marks';
import { NO_STORE } from '@/lib/cache-control';
import { tagsOfDeadlines } from '@/lib/publishing/deadlines';
import { tagsComingDue } from '@/lib/publishing/scheduled';
import { bearerToken, secretMatches } from '@/lib/publishing/secret';

/**
 * Called every minute — by Vercel Cron (vercel.json; it sends CRON_SECRET) or, under `next start`,
 * by the server itself (instrumentation.ts): makes stories scheduled for this minute appear on
 * every page that lists them (lib/publishing/scheduled), and what changes by the clock — the date
 * line, a breaking line's expiry, a masthead term's first day — reach every page showing it
 * (lib/publishing/deadlines).
 */
export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const secret = process.env.CRON_SECRET;
  if (!secret || !secretMatches(bearerToken(request.headers.get('authorization')), secret)) {
    return Response.json({ error: 'unauthorized' }, { status: 401, headers: { 'Cache-Control': NO_STORE } });
  }
  const now = new Date();
  const [{ ids, tags }, deadlines] = await Promise.all([tagsComingDue(now), tagsOfDeadlines(now)]);
  for (const tag of [...tags, ...deadlines]) revalidateTag(tag, { expire: 0 });
  // Only stories coming due move the listings' marks; the clock's deadlines change no listing.
  if (tags.length) forgetMarks();
  return Response.json({ published: ids, tags, deadlines }, { headers: { 'Cache-Control': NO_STORE } });
}
