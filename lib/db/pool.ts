import pg from 'pg';
import { databaseUrl, poolSize } from './connection';

/**
 * One small connection pool per process for the reader side (lib/content): plain SQL over the
 * CMS's tables, without loading the CMS. Shared through globalThis because Next bundles each route
 * with its own copy of this module. Every query gives up after STATEMENT_TIMEOUT_MS, so a slow
 * database can delay a page but never hang it: the database ends it (statement_timeout), or, behind a
 * pooler that refuses that setting, the client stops waiting for it (query_timeout).
 */
export const STATEMENT_TIMEOUT_MS = Number(process.env.DATABASE_STATEMENT_TIMEOUT_MS || 5000);

const POOL = Symbol.for('alwafd.db.pool');
type Holder = { [POOL]?: { pool: pg.Pool; startupSettings: boolean } };

/**
 * Whether the database refused the settings a connection sends as it opens: a pooler in
 * transaction mode (PgBouncer's default, and poolers built on it) answers "unsupported startup
 * parameter" (08P01) to any it does not track, statement_timeout among them.
 */
export function refusedStartupSettings(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === '08P01' && /unsupported startup parameter/i.test(String((error as Error).message));
}

function makePool(startupSettings: boolean): pg.Pool {
  const pool = new pg.Pool({
    connectionString: databaseUrl(),
    max: poolSize(),
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: Number(process.env.DATABASE_CONNECT_TIMEOUT_MS || 3000),
    application_name: 'alwafd-reader',
    // The database's own limit ends the statement itself; without it the client's limit only stops waiting.
    ...(startupSettings ? { statement_timeout: STATEMENT_TIMEOUT_MS } : { query_timeout: STATEMENT_TIMEOUT_MS }),
  });
  // A dropped connection (the database restarting) must not take the process down: the pool
  // discards it and the next query opens a new one.
  pool.on('error', (error) => console.error(`[db] idle connection lost: ${error.message}`));
  return pool;
}

export function readerPool(): pg.Pool {
  const holder = globalThis as Holder;
  holder[POOL] ??= { pool: makePool(true), startupSettings: true };
  return holder[POOL].pool;
}

/**
 * Behind a pooler that refuses startup settings, the pool is made again without them — once per
 * process, said once in the log — and each query's time is bounded by the client instead (no
 * per-connection setting survives such a pooler). The old pool is ended only later: queries queued
 * on it meanwhile are refused in their turn and asked again of the new one (connection()).
 */
function withoutStartupSettings(): void {
  const holder = globalThis as Holder;
  const held = holder[POOL];
  if (!held?.startupSettings) return;
  console.warn(`[db] the database refuses settings at connection (a pooler): reading without them, each query bounded by the client (README, "Deploying")`);
  setTimeout(() => void held.pool.end().catch(() => {}), 30_000).unref();
  holder[POOL] = { pool: makePool(false), startupSettings: false };
}

/**
 * A connection of the reader pool, made again without startup settings if the database refuses them
 * (the refusal comes as the connection opens: connections asked for meanwhile are refused too, and
 * each is asked again of the new pool).
 */
async function connection(): Promise<pg.PoolClient> {
  try {
    return await readerPool().connect();
  } catch (error) {
    if (!refusedStartupSettings(error)) throw error;
    withoutStartupSettings();
    return readerPool().connect();
  }
}

async function rows<Row extends pg.QueryResultRow>(text: string, values: unknown[]): Promise<Row[]> {
  const client = await connection();
  try {
    const found = (await client.query<Row>(text, values)).rows;
    client.release();
    return found;
  } catch (error) {
    // As pg's pool.query does: a connection whose query failed (or timed out) is not reused.
    client.release(error as Error);
    throw error;
  }
}

/**
 * One statement under a time limit of its own, set inside its transaction (SET LOCAL), so that the
 * database ends it at the limit behind a pooler in transaction mode too (a client-side limit only
 * stops waiting, and the statement runs on): for work that may take long, like the search catch-up.
 */
export async function queryWithin<Row extends pg.QueryResultRow>(limitMs: number, text: string, values: unknown[] = []): Promise<Row[]> {
  (globalThis as ListenerHolder)[LISTENER]?.(text, values);
  const client = await connection();
  let clean = false;
  try {
    await client.query(`BEGIN; SET LOCAL statement_timeout = ${Math.max(1, Math.floor(limitMs))}`);
    const { rows: found } = await client.query<Row>(text, values);
    await client.query('COMMIT');
    clean = true;
    return found;
  } finally {
    // A failed statement leaves its transaction aborted: rolled back before the connection is reused.
    if (!clean) clean = await client.query('ROLLBACK').then(() => true, () => false);
    client.release(!clean);
  }
}

/** Sees every statement before it runs: tests only (__tests__/integration/query-plans.test.ts EXPLAINs them). */
export type QueryListener = (text: string, values: readonly unknown[]) => void;
const LISTENER = Symbol.for('alwafd.db.listener');
type ListenerHolder = { [LISTENER]?: QueryListener };

/** Install (or, with undefined, remove) the one listener. */
export function listenToQueries(listener: QueryListener | undefined): void {
  (globalThis as ListenerHolder)[LISTENER] = listener;
}

/**
 * Statements slower than this many milliseconds are logged with their time (0, the default: none) —
 * for finding what a build or a page waits on against a big archive, without a database extension.
 */
const LOG_SLOW_MS = Number(process.env.DATABASE_LOG_SLOW_MS || 0);

export async function query<Row extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<Row[]> {
  (globalThis as ListenerHolder)[LISTENER]?.(text, values);
  if (!LOG_SLOW_MS) return rows<Row>(text, values);
  const started = performance.now();
  try {
    return await rows<Row>(text, values);
  } finally {
    const took = performance.now() - started;
    if (took > LOG_SLOW_MS) console.warn(`[db] ${Math.round(took)} ms: ${text.replace(/\s+/g, ' ').slice(0, 160)}`);
  }
}
