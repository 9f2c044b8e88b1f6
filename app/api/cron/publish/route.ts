import { revalidateTag } from 'next/cache';
import { forgetMarks } from '@/lib/content/marks';
import { NO_STORE } from '@/lib/cache-control';
import { tagsComingDue } from '@/lib/publishing/scheduled';
import { bearerToken, secretMatches } from '@/lib/publishing/secret';

/**
 * Called every minute — by Vercel Cron (vercel.json; it sends CRON_SECRET) or, under `next start`,
 * by the server itself (instrumentation.ts): makes stories scheduled for this minute appear on
 * every page that lists them (lib/publishing/scheduled).
 */
export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const secret = process.env.CRON_SECRET;
  if (!secret || !secretMatches(bearerToken(request.headers.get('authorization')), secret)) {
    return Response.json({ error: 'unauthorized' }, { status: 401, headers: { 'Cache-Control': NO_STORE } });
  }
  const { ids, tags } = await tagsComingDue();
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  if (tags.length) forgetMarks();
  return Response.json({ published: ids, tags }, { headers: { 'Cache-Control': NO_STORE } });
}
