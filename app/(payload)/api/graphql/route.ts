import config from '@payload-config';
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes';
import { getPayload } from 'payload';
import { graphQLSessionWritesOneAtATime } from '@/cms/session-lock';

// The CMS's GraphQL API, under the same access rules as REST.
const post = GRAPHQL_POST(config);
/** Logins, logouts and token refreshes of one account one at a time, as over REST (cms/session-lock.ts). */
export async function POST(request: Request): Promise<Response> {
  // Payload starts before any lock is taken, so no login waits on another's lock while the CMS boots.
  await getPayload({ config });
  return graphQLSessionWritesOneAtATime(request, () => post(request));
}
export const OPTIONS = REST_OPTIONS(config);
