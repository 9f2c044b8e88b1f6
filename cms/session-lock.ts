import { Kind, parse, type FragmentDefinitionNode, type SelectionNode } from 'graphql';
import pg from 'pg';
import { databaseUrl } from '@/lib/db/connection';
import { Users } from './collections/Users';

/**
 * Payload keeps an account's sessions as one list that each login, logout and token refresh reads,
 * changes and writes back whole (payload/src/auth/sessions.ts). Two of them at once for the same
 * account — an editor signing in on the phone while the laptop's admin refreshes its token, two
 * browsers of one desk account — both read the same list, and the later write drops the other's
 * session: that login's token then reads as nobody (403 on every save), silently
 * (payloadcms/payload#18132, open). Until Payload serialises it, the REST and GraphQL routes run
 * those three operations for one account one at a time, under a PostgreSQL advisory lock held by a
 * transaction of its own: across every instance of the site, and safe behind a transaction-mode pooler.
 * (A password reset also rewrites the list; it signs in with a one-time token, never twice at once.)
 */

/** The operations of the users collection that rewrite an account's sessions. */
const SESSION_WRITES = new Set(['login', 'logout', 'refresh-token']);

/** The same three as GraphQL mutations: Payload names them after the collection's singular name. */
const GRAPHQL_LOGIN = 'loginUser';
const GRAPHQL_SESSION_WRITES = new Set([GRAPHQL_LOGIN, 'logoutUser', 'refreshTokenUser']);

/** First key of the lock: this kind of lock, apart from any other advisory lock in the database. */
const SESSIONS_LOCK = 0x5e55;

/** A login's body is a few hundred bytes: a longer one is read by Payload alone, unlocked. */
const MAX_LOGIN_BODY = 16 * 1024;

/** No client signs into more accounts than this in one GraphQL request: one naming more is run unlocked rather than hold a lock per name. */
const MAX_ACCOUNTS = 4;

const POOL = Symbol.for('alwafd.db.session-lock-pool');
type Holder = { [POOL]?: pg.Pool };

/**
 * Connections of their own, never the readers': a burst of logins (anyone can send them) must not
 * take the pages' connections. Four at most; a login that gets none within five seconds, or waits on
 * its account's lock past ten, runs as Payload would without this. (Two connections and half a
 * second were too little on a busy server: a login checks its password for about 0.35 s of CPU, so
 * four sign-ins of one account at once waited past the half second, ran unlocked, and one lost its
 * session — measured with the machine loaded by the archive generator.)
 */
function lockPool(): pg.Pool {
  const holder = globalThis as Holder;
  if (!holder[POOL]) {
    const pool = new pg.Pool({
      connectionString: databaseUrl(),
      max: 4,
      idleTimeoutMillis: 10_000,
      connectionTimeoutMillis: 5_000,
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

/** Whether the request's body is short enough to be a login worth reading before Payload does. */
function smallBody(request: Request): boolean {
  const length = Number(request.headers.get('content-length'));
  return length > 0 && length <= MAX_LOGIN_BODY;
}

/** The email a login is for: from JSON, or from the admin form's multipart `_payload` field. */
async function emailOfLogin(request: Request): Promise<string | undefined> {
  if (!smallBody(request)) return undefined;
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
 * The accounts whose sessions a GraphQL request rewrites: the mutation it runs (its `operationName`,
 * or its only operation), each login by the email it names (written out, or a variable: sent, or its
 * default), each logout or token refresh by the token's. The fields are read wherever the operation
 * selects them — directly, in inline fragments or through named ones (each read once, so a cycle,
 * which GraphQL refuses later, cannot loop here); a query that does not parse is Payload's to refuse.
 */
async function accountsOfGraphQL(request: Request): Promise<string[]> {
  if (!smallBody(request)) return [];
  let body: { query?: unknown; variables?: unknown; operationName?: unknown };
  try {
    body = await request.clone().json();
  } catch {
    return [];
  }
  if (typeof body?.query !== 'string') return [];
  let definitions;
  try {
    definitions = parse(body.query).definitions;
  } catch {
    return [];
  }
  const operations = definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const fragments = new Map(definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]));
  const chosen = typeof body.operationName === 'string' ? operations.find((operation) => operation.name?.value === body.operationName) : operations.length === 1 ? operations[0] : undefined;
  if (chosen?.operation !== 'mutation') return [];
  const sent = (body.variables && typeof body.variables === 'object' ? body.variables : {}) as Record<string, unknown>;
  const variable = (name: string) => {
    if (name in sent) return sent[name];
    const fallback = chosen.variableDefinitions?.find((definition) => definition.variable.name.value === name)?.defaultValue;
    return fallback?.kind === Kind.STRING ? fallback.value : undefined;
  };
  const accounts: string[] = [];
  const read = new Set<string>();
  const visit = (selections: readonly SelectionNode[]) => {
    for (const selection of selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet.selections);
      if (selection.kind === Kind.FRAGMENT_SPREAD && !read.has(selection.name.value)) {
        read.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment.selectionSet.selections);
      }
      if (selection.kind !== Kind.FIELD || !GRAPHQL_SESSION_WRITES.has(selection.name.value)) continue;
      if (selection.name.value !== GRAPHQL_LOGIN) {
        const email = emailOfToken(request);
        if (email) accounts.push(email);
        continue;
      }
      const value = selection.arguments?.find((argument) => argument.name.value === 'email')?.value;
      const email = value?.kind === Kind.STRING ? value.value : value?.kind === Kind.VARIABLE ? variable(value.name.value) : undefined;
      if (typeof email === 'string') accounts.push(email);
    }
  };
  visit(chosen.selectionSet.selections);
  return accounts;
}

/**
 * Runs `handle` — the REST handler for the path `slug` names (as Payload reads it: decoded) —
 * holding the account's lock when it rewrites the account's sessions.
 */
export async function oneSessionWriteAtATime(request: Request, slug: readonly string[], handle: () => Promise<Response>): Promise<Response> {
  const [collection, operation, ...rest] = slug;
  if (request.method !== 'POST' || collection !== Users.slug || !operation || rest.length || !SESSION_WRITES.has(operation)) return handle();
  const account = operation === 'login' ? await emailOfLogin(request) : emailOfToken(request);
  return holdingLocks(account ? [account] : [], operation, handle);
}

/** Runs `handle` — the GraphQL handler — holding the lock of every account whose sessions the request rewrites. */
export async function graphQLSessionWritesOneAtATime(request: Request, handle: () => Promise<Response>): Promise<Response> {
  if (request.method !== 'POST') return handle();
  return holdingLocks(await accountsOfGraphQL(request), 'GraphQL session write', handle);
}

/** Runs `handle` holding the accounts' locks (taken in one order, so two requests naming the same two cannot deadlock). */
async function holdingLocks(emails: readonly string[], what: string, handle: () => Promise<Response>): Promise<Response> {
  const accounts = [...new Set(emails.map((email) => email.trim().toLowerCase()).filter(Boolean))].sort();
  if (accounts.length === 0 || accounts.length > MAX_ACCOUNTS) return handle();
  const client = await lockPool()
    .connect()
    .catch((error: unknown) => {
      console.error(`[sessions] ${what} without the lock: no connection (${error instanceof Error ? error.message : String(error)})`);
      return undefined;
    });
  if (!client) return handle();
  let locked = false;
  try {
    // The limits are the transaction's own (SET LOCAL), not the connection's: a pooler in transaction
    // mode refuses settings sent as a connection opens. A login that hangs must not hold its
    // account's lock: the server ends the transaction.
    await client.query(`BEGIN; SET LOCAL statement_timeout = 10000; SET LOCAL idle_in_transaction_session_timeout = 30000`);
    for (const account of accounts) await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [SESSIONS_LOCK, account]);
    locked = true;
  } catch (error) {
    console.error(`[sessions] ${what} without the lock: ${error instanceof Error ? error.message : String(error)}`);
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
