import fs from 'node:fs';

/**
 * Resident memory of the server under test (SERVER_PID, set by scripts/with-server.mjs) and of
 * every process it started, in bytes, read from /proc. Undefined where there is no /proc.
 */
export function serverMemory(pid = Number(process.env.SERVER_PID)): number | undefined {
  if (!pid || !fs.existsSync(`/proc/${pid}/status`)) return undefined;
  let total = 0;
  const visit = (id: number) => {
    const status = fs.readFileSync(`/proc/${id}/status`, 'utf8');
    total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    const children = fs.readFileSync(`/proc/${id}/task/${id}/children`, 'utf8', ).trim();
    for (const child of children ? children.split(/\s+/) : []) visit(Number(child));
  };
  visit(pid);
  return total;
}
