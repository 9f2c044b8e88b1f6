#!/usr/bin/env node
/**
 * Runs a command against the production server: builds (into its own folder, unless it is already
 * built), starts `next start` on a free port, waits until it answers, runs the command with
 * BASE_URL set, then stops the server — whatever the command's outcome.
 *
 *   node scripts/with-server.mjs [--dist .next-test] [--port 3400 | TEST_PORT=…] [--reuse] [--keep-as-built] -- <command> [args…]
 *
 * It builds every time unless --reuse is given and that folder holds a build newer than every
 * source file (app, components, lib, cms, i18n, content, messages, public, proxy and instrumentation, configs).
 * With --keep-as-built a copy of the build folder is kept beside it (DIST-as-built) before the server
 * starts, without what servers then write into it (regenerated pages, the data cache): a later server
 * of the same build, with a copy of the database it was built from, can start where this one started
 * (the browser tests in CI put it back in place: playwright.config.ts).
 *
 * The server listens on all interfaces and is reached as http://127.0.0.1:PORT (next-intl's
 * proxy redirects in a loop when Next itself is started with -H 127.0.0.1).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { asBuiltFolder } from './lib/as-built.mjs';

const args = process.argv.slice(2);
const split = args.indexOf('--');
if (split === -1 || split === args.length - 1) {
  console.error('usage: with-server.mjs [--dist DIR] [--port N] [--reuse] -- <command> [args…]');
  process.exit(2);
}
const options = args.slice(0, split);
const command = args.slice(split + 1);
const option = (name, fallback) => {
  const i = options.indexOf(name);
  return i === -1 ? fallback : options[i + 1];
};
const dist = option('--dist', '.next-test');
// TEST_PORT lets two checkouts run their servers side by side.
const port = Number(option('--port', process.env.TEST_PORT || 3400));
const reuse = options.includes('--reuse');
const keepAsBuilt = options.includes('--keep-as-built');
const root = path.resolve(import.meta.dirname, '..');
const env = { ...process.env, NEXT_DIST_DIR: dist, NEXT_TELEMETRY_DISABLED: '1' };
const next = path.join(root, 'node_modules', '.bin', 'next');

/** Newest modification time under the paths a build depends on. */
function newestSource() {
  let newest = 0;
  const visit = (entry) => {
    const stat = fs.statSync(entry, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) for (const child of fs.readdirSync(entry)) visit(path.join(entry, child));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const name of ['app', 'components', 'lib', 'cms', 'i18n', 'content', 'messages', 'public', 'assets', 'proxy.ts', 'instrumentation.ts', 'next.config.ts', 'payload.config.ts', 'package-lock.json']) {
    visit(path.join(root, name));
  }
  return newest;
}

const buildId = fs.statSync(path.join(root, dist, 'BUILD_ID'), { throwIfNoEntry: false });
if (!reuse || !buildId || buildId.mtimeMs < newestSource()) {
  console.log(`[with-server] building into ${dist}…`);
  const build = spawnSync(next, ['build'], { cwd: root, env, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

if (keepAsBuilt) {
  const started = performance.now();
  const asBuilt = asBuiltFolder(dist);
  fs.rmSync(path.join(root, asBuilt), { recursive: true, force: true });
  fs.cpSync(path.join(root, dist), path.join(root, asBuilt), { recursive: true, preserveTimestamps: true });
  console.log(`[with-server] kept a copy of ${dist} as built in ${asBuilt} (${Math.round(performance.now() - started)} ms)`);
}

const server = spawn(next, ['start', '-p', String(port)], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
let log = '';
server.stdout.on('data', (chunk) => (log += chunk));
server.stderr.on('data', (chunk) => (log += chunk));
const baseUrl = `http://127.0.0.1:${port}`;

function signal(name) {
  try {
    process.kill(-server.pid, name);
  } catch {
    // already gone
  }
}

/** How long the server gets to finish on SIGTERM before its process group is killed. */
const STOP_GRACE_MS = 5000;

/**
 * Ends the server and everything it started. A server does not always end on SIGTERM (one was
 * left behind, not listening, after the integration stage of CI): after the grace period the whole
 * group is killed.
 */
async function stop() {
  if (server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    signal('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, STOP_GRACE_MS).unref())]);
  }
  signal('SIGKILL');
}
/** The command, once it runs: a signal to this script is passed on to it before the server stops. */
let running;
const onSignal = (name, code) => () => {
  running?.kill(name);
  stop().finally(() => process.exit(code));
};
process.on('SIGINT', onSignal('SIGINT', 130));
process.on('SIGTERM', onSignal('SIGTERM', 143));

async function ready() {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited (${server.exitCode}):\n${log}`);
    try {
      const response = await fetch(`${baseUrl}/robots.txt`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server did not answer on ${baseUrl} within 60 s:\n${log}`);
}

try {
  await ready();
  console.log(`[with-server] ${baseUrl} is up (pid ${server.pid}); running: ${command.join(' ')}`);
  // Not spawnSync: this script must stay able to act on a signal (scripts/database.ts passes SIGTERM
  // on to it alone) while the command runs.
  running = spawn(command[0], command.slice(1), {
    cwd: root,
    // NEXT_DIST_DIR: tests that need a second server with other settings start it from this build.
    env: { ...process.env, BASE_URL: baseUrl, SERVER_PID: String(server.pid), NEXT_DIST_DIR: dist },
    stdio: 'inherit',
  });
  const status = await new Promise((resolve) => {
    running.once('error', (error) => {
      console.error(`[with-server] ${command[0]}: ${error.message}`);
      resolve(1);
    });
    running.once('exit', (code) => resolve(code ?? 1));
  });
  await stop();
  if (status !== 0 && log.trim()) console.error(`[with-server] server log:\n${log.slice(-4000)}`);
  process.exit(status);
} catch (error) {
  await stop();
  console.error(`[with-server] ${error.message}`);
  process.exit(1);
}
