import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { raw } from './raw-http';

/**
 * Another production server with other settings (a secret, a content folder), started from the
 * build under test (NEXT_DIST_DIR, passed on by scripts/with-server.mjs). The build is copied so
 * the new server's ISR cache is its own, as a fresh deployment's would be.
 */

const ROOT = path.resolve(__dirname, '../..');
const DIST = process.env.NEXT_DIST_DIR ?? '.next-test';

export interface SecondServer {
  base: string;
  /** Everything it printed so far, stdout and stderr. */
  log(): string;
  stop(): void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

export async function startServer(name: string, env: Record<string, string>): Promise<SecondServer> {
  const distCopy = `${DIST}-${name}-${process.pid}`;
  fs.cpSync(path.join(ROOT, DIST), path.join(ROOT, distCopy), {
    recursive: true,
    verbatimSymlinks: true,
    // Build output only, as a fresh deployment has it: not the other server's runtime cache.
    filter: (source) => !['cache', path.join('server', 'route-cache')].includes(path.relative(path.join(ROOT, DIST), source)),
  });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(path.join(ROOT, 'node_modules/.bin/next'), ['start', '-p', String(port)], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEXT_DIST_DIR: distCopy, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  let log = '';
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  const stop = () => {
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    fs.rmSync(path.join(ROOT, distCopy), { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (Date.now() > deadline || server.exitCode !== null) {
      stop();
      throw new Error(`the ${name} server did not start:\n${log}`);
    }
    try {
      if ((await raw({ base, path: '/robots.txt' })).status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { base, log: () => log, stop };
}
