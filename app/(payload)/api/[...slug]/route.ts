import config from '@payload-config';
import '@payloadcms/next/css';
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes';
import { getPayload } from 'payload';
import { oneSessionWriteAtATime } from '@/cms/session-lock';

// The CMS's REST API (README: "The newsroom's API"), access-controlled per collection (cms/access.ts).
export const GET = REST_GET(config);
const post = REST_POST(config);
/** Logins, logouts and token refreshes of one account one at a time (cms/session-lock.ts). */
export async function POST(...args: Parameters<typeof post>): Promise<Response> {
  // Payload starts on its first request: started before any lock is taken, so no login waits on
  // another's lock while the CMS boots.
  await getPayload({ config });
  const { slug } = await args[1].params;
  return oneSessionWriteAtATime(args[0], slug ?? [], () => post(...args));
}
export const DELETE = REST_DELETE(config);
export const PATCH = REST_PATCH(config);
export const PUT = REST_PUT(config);
export const OPTIONS = REST_OPTIONS(config);
