import { query } from './pool';

/** How long the database may take to answer `SELECT 1` before it counts as unreachable. */
const HEALTH_TIMEOUT_MS = 1000;

export async function databaseHealth(): Promise<{ ok: boolean; ms: number }> {
  const started = performance.now();
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), HEALTH_TIMEOUT_MS).unref());
  const ok = await Promise.race([
    query('SELECT 1')
      .then(() => true)
      .catch(() => false),
    timeout,
  ]);
  return { ok, ms: Math.round(performance.now() - started) };
}
