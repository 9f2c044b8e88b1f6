import fs from 'node:fs';
import os from 'node:os';
import type pg from 'pg';

/** The lowest priority of Linux's scheduler (nice 19): it gets a core only while no other work wants it. */
const LOWEST = 19;
const THIS_MACHINE = new Set(['localhost', '127.0.0.1', '::1']);

/**
 * `npm run archive -- … --low-priority`: the lowest CPU priority for this process and for the
 * database processes behind `clients` — PostgreSQL serves each connection from a process of its own,
 * which does most of a run's work (the search terms of every story). Only a process of this machine
 * that is a PostgreSQL backend is touched: over a network, the pid a connection reports is another
 * machine's, and there the run's connections keep their priority (said in the log).
 */
export async function lowerPriority(clients: readonly pg.Client[], log: (line: string) => void): Promise<void> {
  os.setPriority(LOWEST);
  const kept: string[] = [];
  for (const client of clients) {
    const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    const pid = rows[0]!.pid;
    if (!isBackendHere(client, pid)) {
      kept.push(`${pid} (not a process of this machine)`);
      continue;
    }
    try {
      os.setPriority(pid, LOWEST);
    } catch (error) {
      kept.push(`${pid} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  }
  log(`low priority: this process${kept.length ? `; database connections kept theirs: ${kept.join(', ')}` : ` and ${clients.length} database connection${clients.length === 1 ? '' : 's'}`}`);
}

function isBackendHere(client: pg.Client, pid: number): boolean {
  const host = client.host ?? '';
  if (!THIS_MACHINE.has(host) && !host.startsWith('/')) return false;
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
  } catch {
    return false;
  }
}
