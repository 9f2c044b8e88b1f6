/**
 * `next start` for scripts/bench-scale.mjs: one process at a time, in its own process group so it
 * can always be stopped (exit, Ctrl-C, a failure), its resident memory read from /proc.
 */
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const next = path.join(root, 'node_modules', '.bin', 'next');
const running = new Set();

/** Stops every server this module started (synchronous: safe in an 'exit' handler). */
export function stopAll() {
  for (const server of running) server.stop();
}

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => (socket.destroy(), resolve(true)));
    socket.on('error', () => resolve(false));
  });
}

/**
 * Starts `next start -p PORT` from DIST (not with -H 127.0.0.1: next-intl's proxy loops then) and
 * resolves once the port accepts connections — no request is made, so the first one is the caller's.
 */
export async function startServer({ dist, port, env }) {
  if (await portOpen(port)) throw new Error(`port ${port} is already in use: stop what listens there or set SCALE_PORT`);
  const started = performance.now();
  const child = spawn(next, ['start', '-p', String(port)], {
    cwd: root,
    env: { ...process.env, ...env, NEXT_DIST_DIR: dist, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  const keep = (chunk) => (log = (log + chunk).slice(-20_000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const server = {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    log: () => log,
    stop() {
      running.delete(server);
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    },
    /** Resolves when the process group has gone (SIGKILL after 10 s). */
    async stopped() {
      server.stop();
      const deadline = Date.now() + 10_000;
      while (child.exitCode === null && child.signalCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // gone
      }
      while (await portOpen(port)) await new Promise((r) => setTimeout(r, 100));
    },
  };
  running.add(server);
  const deadline = Date.now() + 60_000;
  while (!(await portOpen(port))) {
    if (child.exitCode !== null) {
      running.delete(server);
      throw new Error(`next start exited (${child.exitCode}) before listening:\n${log.slice(-4000)}`);
    }
    if (Date.now() > deadline) {
      server.stop();
      throw new Error(`next start did not listen on port ${port} within 60 s:\n${log.slice(-4000)}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  server.listeningMs = performance.now() - started;
  return server;
}

/** The process listening on the port (`next start` may serve from a child of the one spawned). */
export function listeningPid(port) {
  const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
  const pid = /pid=(\d+)/.exec(out)?.[1];
  if (!pid) throw new Error(`nothing listens on port ${port}`);
  return Number(pid);
}

export function rssMb(pid) {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
  return Math.round(kb / 1024);
}

/** The share of the last second both CPUs were idle, from /proc/stat. */
async function idleShare() {
  const read = () => {
    const [, ...fields] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const numbers = fields.map(Number);
    // user nice system idle iowait irq softirq steal: idle and iowait are idle.
    return { idle: numbers[3] + numbers[4], total: numbers.slice(0, 8).reduce((a, b) => a + b, 0) };
  };
  const before = read();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const after = read();
  return (after.idle - before.idle) / Math.max(1, after.total - before.total);
}

/**
 * Waits until the machine is quiet — at least `share` of its CPU idle over a second — or `maxSeconds`
 * have passed; says how idle it was and how long it waited.
 */
export async function machineIdle({ share = 0.8, maxSeconds = 60 } = {}) {
  const started = performance.now();
  let idle = await idleShare();
  while (idle < share && performance.now() - started < maxSeconds * 1000) idle = await idleShare();
  return { idle: Math.round(idle * 100), waitedSeconds: Math.round((performance.now() - started) / 1000) };
}
