import config from '@payload-config';
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes';
import { getPayload } from 'payload';
import { graphQLSessionWritesOneAtATime } from '@/cms/session-lock';
import { NO_STORE } from '@/lib/cache-control';
import { isJson } from '@/lib/json';

// The CMS's GraphQL API, under the same access rules as REST.
const post = GRAPHQL_POST(config);
/** Logins, logouts and token refreshes of one account one at a time, as over REST (cms/session-lock.ts). */
export async function POST(request: Request): Promise<Response> {
  // A JSON body that does not parse: Payload's handler answered 500 with no body.
  if (/\bjson\b/i.test(request.headers.get('content-type') ?? '') && !(await parsesAsJson(request))) {
    return Response.json({ errors: [{ message: 'the body is not JSON' }] }, { status: 400, headers: { 'Cache-Control': NO_STORE } });
  }
  // Payload starts before any lock is taken, so no login waits on another's lock while the CMS boots.
  await getPayload({ config });
  return graphQLSessionWritesOneAtATime(request, () => post(request));
}
export const OPTIONS = REST_OPTIONS(config);

/** An empty body passes: Payload answers that one itself (400). */
async function parsesAsJson(request: Request): Promise<boolean> {
  const text = await request.clone().text();
  return !text.trim() || isJson(text);
}
