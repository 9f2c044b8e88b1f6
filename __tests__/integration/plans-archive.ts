/**
 * The query-plan tests' archive (20,000 generated stories in a database of its own), made beside the
 * other integration tests instead of before its own: making it is most of a clean run's first
 * minutes (two cores busy for about two minutes), while the rest of the suite leaves a core idle
 * about half the time — it waits on clocks, caches expiring and a second server's start. So the
 * global setup starts `npm run archive` at the lowest CPU priority (--low-priority: it and its
 * database connections take only what the tests leave), sequencer.mjs runs query-plans.test.ts last,
 * and that test waits for the run to end, then tops the archive up itself as before (nothing left
 * to add when the run went well; the rest, or the error, when it did not).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const ROOT = path.resolve(__dirname, '../..');
export const PLANS_STORIES = 20_000;
/**
 * alwafd_plans unless PLANS_DATABASE_NAME names another: CI names bench:scale's 20,000-story database,
 * which then finds its archive made (SCALE_RESET=0) instead of generating the same one again.
 */
export const PLANS_DATABASE = process.env.PLANS_DATABASE_NAME || 'alwafd_plans';

/** The plans database's address on the cluster DATABASE_URL points to. */
export function plansUrl(): string {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${PLANS_DATABASE}`;
  return url.toString();
}

/** Where the run in the background is noted (its pid) and logs. */
const noteFile = () => path.join(os.tmpdir(), `alwafd-${PLANS_DATABASE}-archive.json`);

export async function ensurePlansDatabase(): Promise<void> {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [PLANS_DATABASE]);
    if (!exists.rowCount) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(PLANS_DATABASE)}`);
  } finally {
    await admin.end();
  }
}

/** Starts the archive run in the background (its own process group, so the teardown can end it whole). */
export async function startPlansArchive(): Promise<void> {
  await ensurePlansDatabase();
  const log = path.join(os.tmpdir(), `alwafd-${PLANS_DATABASE}-archive.log`);
  const out = fs.openSync(log, 'w');
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: plansUrl() };
  delete env.ADMIN_EMAIL;
  delete env.ADMIN_PASSWORD;
  // `nice` from the first instruction: the migration and import before the archive are low priority too.
  const child = spawn('nice', ['-n', '19', path.join(ROOT, 'node_modules/.bin/tsx'), 'scripts/database.ts', 'archive', String(PLANS_STORIES), '--low-priority'], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  child.unref();
  fs.writeFileSync(noteFile(), JSON.stringify({ pid: child.pid, log }));
}

/** Whether the run noted is still going: that pid, still an archive run (a note left by a run killed outright may name a pid reused since). */
function running(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('archive');
  } catch {
    return false;
  }
}

interface Note {
  pid: number;
  log: string;
}

function note(): Note | undefined {
  try {
    return JSON.parse(fs.readFileSync(noteFile(), 'utf8')) as Note;
  } catch {
    return undefined;
  }
}

/** Waits until the background run (if one was started) has ended; says how long it waited. */
export async function waitForPlansArchive(timeoutMs: number): Promise<{ waitedMs: number; log: string } | undefined> {
  const started = note();
  if (!started) return undefined;
  const since = Date.now();
  while (running(started.pid)) {
    if (Date.now() - since > timeoutMs) throw new Error(`the archive run in the background (pid ${started.pid}, log ${started.log}) is still running after ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  fs.rmSync(noteFile(), { force: true });
  return { waitedMs: Date.now() - since, log: started.log };
}

/** Ends a run still going (the tests were filtered or failed first): Ctrl-C's way, then for good. */
export async function stopPlansArchive(): Promise<void> {
  const started = note();
  if (!started) return;
  fs.rmSync(noteFile(), { force: true });
  if (!running(started.pid)) return;
  process.kill(-started.pid, 'SIGTERM');
  for (let i = 0; i < 40 && running(started.pid); i++) await new Promise((resolve) => setTimeout(resolve, 250));
  if (running(started.pid)) process.kill(-started.pid, 'SIGKILL');
}
