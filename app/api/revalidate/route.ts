import { expireTags } from '@/lib/cache/expired-tags';
import { forgetMarks } from '@/lib/content/marks';
import { getArticle, getArticleNow, getDraftArticle } from '@/lib/content';
import type { Article } from '@/lib/content/types';
import { sectionPresenceTags, storyTags } from '@/lib/content/tags';
import { NO_STORE } from '@/lib/cache-control';
import { FailureLimiter, clientAddress } from '@/lib/publishing/rate-limit';
import { parseRevalidateBody, readBody } from '@/lib/publishing/request';
import { bearerToken, configuredSecret, secretMatches } from '@/lib/publishing/secret';
import { refuseMethodsBut } from '@/lib/route-methods';

/**
 * For tools that change the database without going through the CMS (bulk fixes, the archive
 * generator): expires the cache tags of the given stories, so every page showing them is rendered
 * afresh on its next visit. Editing in the CMS does this by itself (cms/hooks/revalidate).
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

  // The body first, bounded: an upload over the limit is cut and refused (413) before anything else.
  const text = await readBody(request);
  if (text === undefined) return json(413, { error: 'the body is too large' });

  const secret = configuredSecret();
  if (!secret) return json(503, { error: 'not configured (REVALIDATE_SECRET)' });
  const parsed = parseRevalidateBody(text);
  // Authenticate before saying anything about the body: strangers learn nothing but "no".
  const given = bearerToken(request.headers.get('authorization')) ?? (parsed.ok ? parsed.value.secret : undefined);
  if (!secretMatches(given, secret)) {
    limiter.fail(client);
    return json(401, { error: 'unauthorized' }, { 'WWW-Authenticate': 'Bearer' });
  }
  if (!parsed.ok) return json(400, { error: parsed.error });

  const { ids } = parsed.value;
  if (ids === 'all') return json(400, { error: 'name the stories: {"id": …} or {"ids": […]}' });
  // The story as the database holds it now, and the copy readers were last shown when one is cached:
  // a story the tool moved to another section or retagged joins the new pages and leaves the old. A
  // story the tool took down is no longer live: its last saved version says which lists showed it.
  const versions = (
    await Promise.all(ids.map(async (id) => [(await getArticleNow(id)) ?? (await getDraftArticle(id)), await getArticle(id)]))
  ).flat();
  const articles = versions.filter((a): a is Article => a !== undefined);
  if (articles.length === 0) return json(404, { error: `no article has id ${ids.join(', ')}` });
  const tags = storyTags(
    ...articles.map((a) => ({ id: a.id, locale: a.locale, section: a.section.slug, tags: a.tags, writer: a.writer?.slug, translationId: a.translationId })),
  );
  // What the tool changed is unknown here: a story may have entered its section, so the edition's section list is renewed too.
  for (const a of articles) tags.push(...sectionPresenceTags(undefined, { locale: a.locale, section: a.section.slug, published: true }));
  const unique = [...new Set(tags)];
  await expireTags(unique);
  forgetMarks();
  return json(200, { revalidated: true, ids: [...new Set(articles.map((a) => a.id))], tags: unique });
}

export const { GET, PUT, PATCH, DELETE, OPTIONS } = refuseMethodsBut('POST');
