/**
 * A second production server from the build under test, for tests that need other settings (a
 * database that goes away, a missing secret, a short publishing secret). It gets its own copy of the build, without the first
 * server's runtime cache — as a fresh deployment has it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const DIST = process.env.NEXT_DIST_DIR ?? '.next-test';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

export interface SecondServer {
  base: string;
  log: () => string;
  process: ChildProcess;
  /** Ends the server and everything it started, and removes its copy of the build. */
  stop: () => Promise<void>;
  /** Ends the server and starts a new process on the same copy of the build, its cache on disk kept. */
  restart: () => Promise<SecondServer>;
}

/** How long a server gets to finish on SIGTERM before it is killed. */
const STOP_GRACE_MS = 5000;

export async function startServer(name: string, env: Record<string, string | undefined>, { waitReady = true } = {}): Promise<SecondServer> {
  const dist = `${DIST}-${name}-${process.pid}`;
  fs.rmSync(path.join(ROOT, dist), { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, DIST), path.join(ROOT, dist), {
    recursive: true,
    verbatimSymlinks: true,
    filter: (source) => !['cache', path.join('server', 'route-cache')].includes(path.relative(path.join(ROOT, DIST), source)),
  });
  return launch(name, dist, env, waitReady);
}

/** `next start` on a copy of the build. */
async function launch(name: string, dist: string, env: Record<string, string | undefined>, waitReady: boolean): Promise<SecondServer> {
  const port = await freePort();
  const child = spawn(path.join(ROOT, 'node_modules/.bin/next'), ['start', '-p', String(port)], {
    cwd: ROOT,
    detached: true,
    env: { ...process.env, NEXT_DIST_DIR: dist, NEXT_TELEMETRY_DISABLED: '1', ...env } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (chunk) => (log += chunk));
  child.stderr!.on('data', (chunk) => (log += chunk));
  // Some servers never end on SIGTERM (one whose database went away keeps waiting for it): each run
  // left one such `next start` behind until the group is killed outright.
  const halt = async () => {
    const signal = (name: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, name);
      } catch {
        // already gone
      }
    };
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      signal('SIGTERM');
      const timer = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), STOP_GRACE_MS).unref());
      if ((await Promise.race([exited, timer])) === 'late') signal('SIGKILL');
    }
    // Whatever the server itself started (its workers) goes with the group, even when it exited on time.
    signal('SIGKILL');
  };
  const stop = async () => {
    await halt();
    fs.rmSync(path.join(ROOT, dist), { recursive: true, force: true });
  };
  const restart = async () => {
    await halt();
    return launch(name, dist, env, true);
  };
  const base = `http://127.0.0.1:${port}`;
  if (waitReady) {
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null || Date.now() > deadline) {
        await stop();
        throw new Error(`the ${name} server did not start (${child.exitCode ?? 'timeout'}):\n${log}`);
      }
      try {
        if ((await fetch(`${base}/robots.txt`)).ok) break;
      } catch {
        // not yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return { base, log: () => log, process: child, stop, restart };
}
