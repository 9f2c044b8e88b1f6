/**
 * Production on Vercel reaches PostgreSQL through a pooler in transaction mode (README: Neon's
 * `-pooler` host, or PgBouncer), which refuses any setting a connection sends as it opens
 * ("unsupported startup parameter"). A second server reads through a real PgBouncer in that mode:
 * readers get their pages and their search, a sign-in takes its account's lock, and the log says
 * once where the statement timeout has to live instead.
 *
 * Needs PgBouncer (PGBOUNCER_PATH, default /usr/sbin/pgbouncer: Debian's `pgbouncer`). Without it
 * the tests are skipped with a warning — and fail when CI is set.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeWith } from './required-tool';
import { freePort, startServer, type SecondServer } from './second-server';

const PGBOUNCER = process.env.PGBOUNCER_PATH || '/usr/sbin/pgbouncer';
const HAVE_PGBOUNCER = fs.existsSync(PGBOUNCER);
const MISSING = `no PgBouncer at ${PGBOUNCER} (apt-get install pgbouncer, or set PGBOUNCER_PATH): reading through a pooler was not checked`;

const run = describeWith(HAVE_PGBOUNCER, MISSING);
const database = new URL(process.env.DATABASE_URL ?? 'postgres://missing');
let folder: string;
let pooler: ChildProcess;
let poolerLog = '';
let server: SecondServer;

/** PgBouncer will not run as root; the embedded PostgreSQL's own system user runs it then. */
function runAs(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString());
  return { uid: id('-u'), gid: id('-g') };
}

async function startPooler(): Promise<number> {
  const port = await freePort();
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'alwafd-pgbouncer-'));
  const user = decodeURIComponent(database.username);
  fs.writeFileSync(path.join(folder, 'users.txt'), `"${user}" "${decodeURIComponent(database.password)}"\n`);
  fs.writeFileSync(
    path.join(folder, 'pgbouncer.ini'),
    [
      '[databases]',
      `* = host=${database.hostname} port=${database.port || 5432}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = plain',
      `auth_file = ${path.join(folder, 'users.txt')}`,
      // As Neon's pooler and Supabase's run it: a server connection per transaction.
      'pool_mode = transaction',
      'default_pool_size = 5',
      'max_client_conn = 100',
    ].join('\n'),
  );
  const { uid, gid } = runAs();
  if (uid !== undefined) fs.chownSync(folder, uid, gid!);
  for (const file of fs.readdirSync(folder)) if (uid !== undefined) fs.chownSync(path.join(folder, file), uid, gid!);
  pooler = spawn(PGBOUNCER, [path.join(folder, 'pgbouncer.ini')], { uid, gid, stdio: ['ignore', 'pipe', 'pipe'] });
  pooler.stdout!.on('data', (chunk) => (poolerLog += chunk));
  pooler.stderr!.on('data', (chunk) => (poolerLog += chunk));
  const deadline = Date.now() + 10_000;
  while (!/listening on/i.test(poolerLog)) {
    if (pooler.exitCode !== null || Date.now() > deadline) throw new Error(`PgBouncer did not start:\n${poolerLog}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return port;
}

run('reading through a pooler in transaction mode (PgBouncer)', () => {
  beforeAll(async () => {
    const port = await startPooler();
    const pooled = new URL(database);
    pooled.port = String(port);
    server = await startServer('pooled', { DATABASE_URL: pooled.toString() });
  }, 90_000);

  afterAll(async () => {
    await server?.stop();
    pooler?.kill('SIGTERM');
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  });

  const get = (path: string) => fetch(`${server.base}${path}`, { redirect: 'manual', signal: AbortSignal.timeout(15_000) });

  it('serves a story, a section and a search, never seen before by this server', async () => {
    const story = await get('/news/1002');
    expect(story.status).toBe(200);
    expect(await story.text()).toContain('<h1');
    expect((await get('/en/section/technology')).status).toBe(200);
    const search = await get(`/search?q=${encodeURIComponent('SpaceX')}`);
    expect(search.status).toBe(200);
    expect(await search.text()).toContain('href="/news/1001"');
    // The pooler refused the settings once; the server said so once, and read on without them.
    expect(server.log().match(/refuses settings at connection/g)).toHaveLength(1);
    expect(poolerLog).toMatch(/unsupported startup parameter: statement_timeout/);
  });

  it('takes an account’s lock for a sign-in (its limits set inside the transaction)', async () => {
    const response = await fetch(`${server.base}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'nobody@alwafd.news', password: 'not-the-password' }),
    });
    expect(response.status).toBe(401);
    expect(server.log()).not.toMatch(/without the lock/);
  });
});
