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
  stop: () => void;
}

export async function startServer(name: string, env: Record<string, string | undefined>, { waitReady = true } = {}): Promise<SecondServer> {
  const dist = `${DIST}-${name}-${process.pid}`;
  fs.rmSync(path.join(ROOT, dist), { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, DIST), path.join(ROOT, dist), {
    recursive: true,
    verbatimSymlinks: true,
    filter: (source) => !['cache', path.join('server', 'route-cache')].includes(path.relative(path.join(ROOT, DIST), source)),
  });
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
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    fs.rmSync(path.join(ROOT, dist), { recursive: true, force: true });
  };
  const base = `http://127.0.0.1:${port}`;
  if (waitReady) {
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null || Date.now() > deadline) {
        stop();
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
  return { base, log: () => log, process: child, stop };
}
