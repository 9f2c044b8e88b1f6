import config from '@payload-config';
import { draftMode } from 'next/headers';
import { getPayload } from 'payload';
import { NO_STORE } from '@/lib/cache-control';
import { articlePath, parseArticleId } from '@/lib/routes';

/**
 * The admin's "Preview" button (cms/collections/Articles.ts): for a logged-in member of the
 * newsroom, turns on Next's draft mode and opens the story at its real URL, where the proxy shows
 * its latest version. Anyone else gets 401 and no cookie.
 */
export async function GET(request: Request): Promise<Response> {
  const id = parseArticleId(new URL(request.url).searchParams.get('id') ?? '');
  const payload = await getPayload({ config });
  const { user } = await payload.auth({ headers: request.headers });
  if (!user) return new Response('Log in to the newsroom to preview.\n', { status: 401, headers: { 'Cache-Control': NO_STORE } });
  if (id === undefined) return new Response('No such story.\n', { status: 404, headers: { 'Cache-Control': NO_STORE } });
  const story = await payload.findByID({ collection: 'articles', id, draft: true, depth: 0, user, overrideAccess: false }).catch(() => null);
  if (!story) return new Response('No such story.\n', { status: 404, headers: { 'Cache-Control': NO_STORE } });
  (await draftMode()).enable();
  return new Response(null, { status: 307, headers: { Location: articlePath({ id, locale: story.edition }), 'Cache-Control': NO_STORE } });
}
