import config from '@payload-config';
import { draftMode } from 'next/headers';
import { getPayload } from 'payload';
import { NO_STORE } from '@/lib/cache-control';
import { articlePath, parseArticleId } from '@/lib/routes';
import { newsroomTextFor } from '@/cms/translations';
import { refuseMethodsBut } from '@/lib/route-methods';

/**
 * The admin's "Preview" button (cms/collections/Articles.ts): for a logged-in member of the
 * newsroom, turns on Next's draft mode and opens the story at its real URL, where the proxy shows
 * its latest version. Anyone else gets 401 and no cookie.
 */
export async function GET(request: Request): Promise<Response> {
  const id = parseArticleId(new URL(request.url).searchParams.get('id') ?? '');
  const payload = await getPayload({ config });
  const { user } = await payload.auth({ headers: request.headers });
  const answer = (status: number, key: 'previewLogIn' | 'previewNoStory') =>
    new Response(`${newsroomTextFor(request.headers, key)}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': NO_STORE } });
  if (!user) return answer(401, 'previewLogIn');
  if (id === undefined) return answer(404, 'previewNoStory');
  // Whether this member may see the story's latest version at all: the newsroom's own rule (cms/access.ts).
  const story = await payload.findByID({ collection: 'articles', id, draft: true, depth: 0, user, overrideAccess: false }).catch(() => null);
  if (!story) return answer(404, 'previewNoStory');
  (await draftMode()).enable();
  return new Response(null, { status: 307, headers: { Location: articlePath({ id, locale: story.edition }), 'Cache-Control': NO_STORE } });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = refuseMethodsBut('GET');
