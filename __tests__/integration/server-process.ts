import fs from 'node:fs';

/**
 * The process that serves HTTP, for memory measurements. scripts/with-server.mjs passes the pid it
 * started as SERVER_PID; depending on how `next` is launched (npx, a shell, a respawn with other
 * Node flags) the server may be a descendant of it, so the tree is searched for the process Next
 * names "next-server".
 */
function children(pid: number): number[] {
  const tasks = `/proc/${pid}/task`;
  if (!fs.existsSync(tasks)) return [];
  return fs.readdirSync(tasks).flatMap((task) => {
    const list = fs.readFileSync(`${tasks}/${task}/children`, 'utf8').trim();
    return list ? list.split(/\s+/).map(Number) : [];
  });
}

function name(pid: number): string {
  return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
}

export function serverPid(root = Number(process.env.SERVER_PID)): number {
  if (!root) throw new Error('SERVER_PID is not set: run the integration tests through scripts/with-server.mjs');
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    if (name(pid).startsWith('next-server')) return pid;
    queue.push(...children(pid));
  }
  throw new Error(`no next-server process under pid ${root}`);
}

/** Resident memory of a process, in MiB. */
export function residentMiB(pid: number): number {
  const kib = /^VmRSS:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  if (!kib) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(kib) / 1024;
}
