import { randomBytes } from 'node:crypto';

/**
 * Under `next start` nothing outside calls the scheduled-publishing route every minute, so the
 * server calls itself (on Vercel, Vercel Cron does: vercel.json). The route wants CRON_SECRET; a
 * server that has none makes one for this process, known only to itself.
 */
export const CLOCK_INTERVAL_MS = Number(process.env.PUBLISHING_CLOCK_MS || 60_000);

let started = false;

export function startPublishingClock(): void {
  if (started || process.env.VERCEL || process.env.NEXT_PHASE === 'phase-production-build') return;
  started = true;
  process.env.CRON_SECRET ||= randomBytes(24).toString('hex');
  const tick = async () => {
    const port = process.env.PORT;
    if (!port) return; // not listening yet
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/cron/publish`, {
        headers: { authorization: `Bearer ${process.env.CRON_SECRET}` },
        signal: AbortSignal.timeout(30_000),
      });
      if (!response.ok) console.error(`[publishing clock] ${response.status} from /api/cron/publish`);
    } catch (error) {
      console.error(`[publishing clock] ${(error as Error).message}`);
    }
  };
  setInterval(tick, CLOCK_INTERVAL_MS).unref();
}
