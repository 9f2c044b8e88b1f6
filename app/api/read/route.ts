import { revalidateTag } from 'next/cache';
import { MOST_READ_SECONDS } from '@/lib/content';
import { cacheTags } from '@/lib/content/tags';
import type { Locale } from '@/lib/locales';
import { NO_STORE } from '@/lib/cache-control';
import { FailureLimiter, clientAddress } from '@/lib/publishing/rate-limit';
import { readBody } from '@/lib/publishing/request';
import { isBot, isCrossSite, isPrefetch, MAX_READ_BODY_BYTES, parseReadBody } from '@/lib/reads/beacon';
import { pruneReads, recordView } from '@/lib/reads/record';
import { refuseMethodsBut } from '@/lib/route-methods';

/**
 * POST /api/read {"id": 1001}: one view of a story, sent once per page view by the article's
 * beacon (components/reads/ReadBeacon) when the page is shown. No cookie is read or set, and
 * nothing about the reader is stored: the address of the connection lives only in this process's
 * limiters, for a few minutes, to keep one client from counting a story up.
 *
 *   204 counted · 202 not a reader's view (a bot, a prefetch, another site's page), not counted ·
 *   400 not {"id": n} · 404 no published story has that id · 413 too long · 429 too many from one
 *   address · 503 the database could not count it
 */

/**
 * Views counted per connection address. One client counts one story at most 10 times an hour
 * (readers behind one carrier's or office's address share it), and at most 120 views a minute
 * in all; each counted view is one event in the limiters' windows.
 */
const perStory = new FailureLimiter(10, 60 * 60_000, Date.now, 50_000);
const perClient = new FailureLimiter(120, 60_000);

/**
 * The ranking is counted again, at most once per this many seconds per edition, when views come
 * in (its cached copy is also renewed by time, lib/content). Tests shorten it (MOST_READ_REFRESH_SECONDS).
 */
const REFRESH_MS = Number(process.env.MOST_READ_REFRESH_SECONDS || MOST_READ_SECONDS) * 1000;
const refreshed = new Map<Locale, number>();
let pruned = 0;

function answer(status: number, error?: string): Response {
  const headers = { 'Cache-Control': NO_STORE };
  return error ? Response.json({ error }, { status, headers }) : new Response(null, { status, headers });
}

/** Stale-while-revalidate: the next reader of a page with the ranking still gets it at once, and a fresh one follows. */
function renewRanking(edition: Locale, now: number): void {
  if (now - (refreshed.get(edition) ?? 0) < REFRESH_MS) return;
  refreshed.set(edition, now);
  revalidateTag(cacheTags.mostRead(edition), 'max');
}

/** Old hours go once an hour per process, after an answer was decided: never in a reader's way. */
function pruneNowAndThen(now: number): void {
  if (now - pruned < 60 * 60_000) return;
  pruned = now;
  pruneReads().catch((error: Error) => console.error(`[reads] could not prune old counts: ${error.message}`));
}

export async function POST(request: Request): Promise<Response> {
  const text = await readBody(request, MAX_READ_BODY_BYTES);
  if (text === undefined) return answer(413, 'the body is too large');
  const id = parseReadBody(text);
  if (id === undefined) return answer(400, 'the body must be {"id": <story id>}');
  const { headers } = request;
  if (isBot(headers.get('user-agent')) || isPrefetch(headers) || isCrossSite(headers)) return answer(202);

  const client = clientAddress(headers);
  const story = `${client} ${id}`;
  if (!perClient.check(client).ok || !perStory.check(story).ok) return answer(429, 'too many views from this address');

  let edition: Locale | undefined;
  try {
    edition = await recordView(id);
  } catch (error) {
    // A view lost while the database is away is not worth an error page anywhere: the beacon's answer is never shown.
    console.error(`[reads] could not count a view of ${id}: ${(error as Error).message}`);
    return answer(503, 'could not count the view now');
  }
  if (!edition) return answer(404, `no published story has id ${id}`);
  perClient.fail(client);
  perStory.fail(story);
  const now = Date.now();
  renewRanking(edition, now);
  pruneNowAndThen(now);
  return answer(204);
}

export const { GET, PUT, PATCH, DELETE, OPTIONS } = refuseMethodsBut('POST');
