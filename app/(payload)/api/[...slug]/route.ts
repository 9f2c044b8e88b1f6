import config from '@payload-config';
import '@payloadcms/next/css';
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes';
import { oneSessionWriteAtATime } from '@/cms/session-lock';

// The CMS's REST API (README: "The newsroom's API"), access-controlled per collection (cms/access.ts).
export const GET = REST_GET(config);
const post = REST_POST(config);
// Logins, logouts and token refreshes of one account one at a time (cms/session-lock.ts).
export const POST = (...args: Parameters<typeof post>) => oneSessionWriteAtATime(args[0], () => post(...args));
export const DELETE = REST_DELETE(config);
export const PATCH = REST_PATCH(config);
export const PUT = REST_PUT(config);
export const OPTIONS = REST_OPTIONS(config);
