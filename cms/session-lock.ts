import { readerPool } from '@/lib/db/pool';

/**
 * Payload keeps an account's sessions as one list that each login, logout and token refresh reads,
 * changes and writes back whole (payload/src/auth/sessions.ts). Two of them at once for the same
 * account — an editor signing in on the phone while the laptop's admin refreshes its token, two
 * browsers of one desk account — both read the same list, and the later write drops the other's
 * session: that login's token then reads as nobody (403 on every save), silently
 * (payloadcms/payload#18132, open). Until Payload serialises it, the REST route runs those three
 * operations for one account one at a time, under a PostgreSQL advisory lock: held across every
 * instance of the site, released with its connection if a process dies.
 */

/** The REST paths that rewrite an account's sessions. */
const SESSION_WRITES = new Set(['/api/users/login', '/api/users/logout', '/api/users/refresh-token']);

/** First key of the lock: this kind of lock, apart from any other advisory lock in the database. */
const SESSIONS_LOCK = 0x5e55;

/** Whose sessions a request rewrites: the email it logs in with, or the one its token was issued to. */
async function accountOf(request: Request, path: string): Promise<string | undefined> {
  if (path === '/api/users/login') {
    const body = (await request
      .clone()
      .json()
      .catch(() => undefined)) as { email?: unknown } | undefined;
    return typeof body?.email === 'string' ? body.email : undefined;
  }
  const header = request.headers.get('authorization')?.match(/^(?:JWT|Bearer)\s+(\S+)$/i)?.[1];
  const cookie = request.headers.get('cookie')?.match(/(?:^|;\s*)payload-token=([^;]+)/)?.[1];
  const token = header ?? cookie;
  // Only a name for the lock: the token is verified by Payload, never here.
  const claims = token?.split('.')[1];
  if (!claims) return undefined;
  try {
    const { email } = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as { email?: unknown };
    return typeof email === 'string' ? email : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs `handle` holding the account's lock when the request rewrites its sessions. A lock that
 * cannot be had (the database busy past its statement timeout) does not refuse the login: it runs
 * as Payload would without this.
 */
export async function oneSessionWriteAtATime(request: Request, handle: () => Promise<Response>): Promise<Response> {
  const path = new URL(request.url).pathname;
  if (request.method !== 'POST' || !SESSION_WRITES.has(path)) return handle();
  const account = (await accountOf(request, path))?.trim().toLowerCase();
  if (!account) return handle();
  const client = await readerPool()
    .connect()
    .catch(() => undefined);
  if (!client) return handle();
  let locked = false;
  try {
    await client.query('SELECT pg_advisory_lock($1, hashtext($2))', [SESSIONS_LOCK, account]);
    locked = true;
  } catch (error) {
    console.error(`[sessions] no lock for ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return await handle();
  } finally {
    const unlocked = !locked || (await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [SESSIONS_LOCK, account]).then(() => true, () => false));
    // A connection whose unlock failed is closed rather than reused: closing releases the lock.
    client.release(!unlocked);
  }
}
