import { revalidatePath } from 'next/cache';
import { getArticle, refreshContent } from '@/lib/content/repository';
import type { Article } from '@/lib/content/types';
import { NO_STORE } from '@/lib/cache-control';
import { articleTargets, everythingTargets } from '@/lib/publishing/paths';
import { FailureLimiter, clientAddress } from '@/lib/publishing/rate-limit';
import { parseRevalidateBody, readBody } from '@/lib/publishing/request';
import { bearerToken, configuredSecret, secretMatches } from '@/lib/publishing/secret';

/**
 * Publishing without a redeploy (README): the newsroom's tools call this after adding or editing
 * an article file. It re-reads the content now — refusing, with the file and field, if it is
 * invalid, while the site keeps serving the old content — and marks every page that shows the
 * articles for regeneration on its next visit.
 */

/**
 * Ten failed attempts a minute per client: hopeless for guessing the secret, and a newsroom that
 * knows it is never counted. The client is the connection's address (lib/publishing/rate-limit),
 * so neither a rotating X-Forwarded-For nor guesses in someone else's name get around it.
 */
const limiter = new FailureLimiter(10, 60_000);

function json(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': NO_STORE, ...headers } });
}

export async function POST(request: Request): Promise<Response> {
  const client = clientAddress(request.headers);
  // Refused before the secret is compared: a client over its failures learns nothing from guessing.
  const limit = limiter.check(client);
  if (!limit.ok) return json(429, { error: 'too many failed attempts' }, { 'Retry-After': String(limit.retryAfter) });

  const secret = configuredSecret();
  if (!secret) return json(503, { error: 'publishing is not configured (REVALIDATE_SECRET)' });

  const text = await readBody(request);
  if (text === undefined) return json(413, { error: 'the body is too large' });
  const parsed = parseRevalidateBody(text);
  // Authenticate before saying anything about the body: strangers learn nothing but "no".
  const given = bearerToken(request.headers.get('authorization')) ?? (parsed.ok ? parsed.value.secret : undefined);
  if (!secretMatches(given, secret)) {
    limiter.fail(client);
    return json(401, { error: 'unauthorized' }, { 'WWW-Authenticate': 'Bearer' });
  }
  if (!parsed.ok) return json(400, { error: parsed.error });

  const { ids } = parsed.value;
  const before = ids === 'all' ? [] : ids.map(getArticle);
  let articles: number;
  try {
    articles = refreshContent().articles;
  } catch (error) {
    // The last good catalog stays in place; the editor gets every problem with its file and field.
    return json(422, { error: (error as Error).message });
  }
  const after = ids === 'all' ? [] : ids.map(getArticle);
  const found = [...before, ...after].filter((a): a is Article => a !== undefined);
  if (ids !== 'all' && found.length === 0) return json(404, { error: `no article has id ${ids.join(', ')}`, articles });

  const targets = ids === 'all' ? everythingTargets() : articleTargets(found);
  for (const { path, type } of targets) revalidatePath(path, type);
  return json(200, { revalidated: true, articles, ids, paths: targets.map((t) => t.path) });
}
