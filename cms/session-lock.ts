import pg from 'pg';
import { databaseUrl } from '@/lib/db/connection';
import { Users } from './collections/Users';

/**
 * Payload keeps an account's sessions as one list that each login, logout and token refresh reads,
 * changes and writes back whole (payload/src/auth/sessions.ts). Two of them at once for the same
 * account — an editor signing in on the phone while the laptop's admin refreshes its token, two
 * browsers of one desk account — both read the same list, and the later write drops the other's
 * session: that login's token then reads as nobody (403 on every save), silently
 * (payloadcms/payload#18132, open). Until Payload serialises it, the REST route runs those three
 * operations for one account one at a time, under a PostgreSQL advisory lock held by a transaction
 * of its own: across every instance of the site, and safe behind a transaction-mode pooler.
 * (GraphQL's login mutations and a password reset also rewrite the list; the admin and the
 * importers use neither for signing in, so they are left as Payload has them.)
 */

/** The operations of the users collection that rewrite an account's sessions. */
const SESSION_WRITES = new Set(['login', 'logout', 'refresh-token']);

/** First key of the lock: this kind of lock, apart from any other advisory lock in the database. */
const SESSIONS_LOCK = 0x5e55;

/** A login's body is a few hundred bytes: a longer one is read by Payload alone, unlocked. */
const MAX_LOGIN_BODY = 16 * 1024;

const POOL = Symbol.for('alwafd.db.session-lock-pool');
type Holder = { [POOL]?: pg.Pool };

/**
 * Connections of their own, never the readers': a burst of logins (anyone can send them) must not
 * take the pages' connections. Two at most; a login that gets none within half a second, or waits
 * on its account's lock past two seconds, runs as Payload would without this.
 */
function lockPool(): pg.Pool {
  const holder = globalThis as Holder;
  if (!holder[POOL]) {
    const pool = new pg.Pool({
      connectionString: databaseUrl(),
      max: 2,
      idleTimeoutMillis: 10_000,
      connectionTimeoutMillis: 500,
      statement_timeout: 2_000,
      // A login that hangs must not hold its account's lock: the server ends the transaction.
      idle_in_transaction_session_timeout: 30_000,
      application_name: 'alwafd-session-lock',
    });
    pool.on('error', (error) => console.error(`[sessions] idle connection lost: ${error.message}`));
    holder[POOL] = pool;
  }
  return holder[POOL];
}

const emailIn = (data: unknown): string | undefined => {
  const email = (data as { email?: unknown } | null)?.email;
  return typeof email === 'string' ? email : undefined;
};

/** The email a login is for: from JSON, or from the admin form's multipart `_payload` field. */
async function emailOfLogin(request: Request): Promise<string | undefined> {
  const length = Number(request.headers.get('content-length'));
  if (!(length > 0 && length <= MAX_LOGIN_BODY)) return undefined;
  try {
    if (/^multipart\/form-data|^application\/x-www-form-urlencoded/i.test(request.headers.get('content-type') ?? '')) {
      const fields = await request.clone().formData();
      const payload = fields.get('_payload');
      return typeof payload === 'string' ? emailIn(JSON.parse(payload)) : emailIn({ email: fields.get('email') });
    }
    return emailIn(await request.clone().json());
  } catch {
    return undefined;
  }
}

/** The email a token was issued to (Payload signs it into every token). Only a name for the lock: Payload verifies the token. */
function emailOfToken(request: Request): string | undefined {
  const header = request.headers.get('authorization')?.match(/^(?:JWT|Bearer)\s+(\S+)$/i)?.[1];
  const cookie = request.headers.get('cookie')?.match(/(?:^|;\s*)payload-token=([^;]+)/)?.[1];
  const claims = (header ?? cookie)?.split('.')[1];
  if (!claims) return undefined;
  try {
    return emailIn(JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')));
  } catch {
    return undefined;
  }
}

/**
 * Runs `handle` — the REST handler for the path `slug` names (as Payload reads it: decoded) —
 * holding the account's lock when it rewrites the account's sessions.
 */
export async function oneSessionWriteAtATime(request: Request, slug: readonly string[], handle: () => Promise<Response>): Promise<Response> {
  const [collection, operation, ...rest] = slug;
  if (request.method !== 'POST' || collection !== Users.slug || !operation || rest.length || !SESSION_WRITES.has(operation)) return handle();
  const account = (operation === 'login' ? await emailOfLogin(request) : emailOfToken(request))?.trim().toLowerCase();
  if (!account) return handle();
  const client = await lockPool()
    .connect()
    .catch(() => undefined);
  if (!client) return handle();
  let locked = false;
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [SESSIONS_LOCK, account]);
    locked = true;
  } catch (error) {
    console.error(`[sessions] ${operation} without the lock: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return await handle();
  } finally {
    // Ending the transaction releases the lock; a connection that cannot end it is closed, which does too.
    const ended = await client.query(locked ? 'COMMIT' : 'ROLLBACK').then(
      () => true,
      () => false,
    );
    client.release(!ended);
  }
}
