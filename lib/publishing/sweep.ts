import { query } from '@/lib/db/pool';

/**
 * The span each tick of the publishing clock covers (app/api/cron/publish): stories coming due and
 * deadlines passing in it get their pages expired. A tick covers everything since the last one that
 * completed — kept in the database (publishing_clock), so it survives restarts and is shared by every
 * instance — and always the last two minutes: ticks overlap, and expiring twice is harmless. A
 * missed tick (a restart, a failed call, a scheduler that ran late or only hourly) is made up by the
 * next one; without this a story that came due in the gap stayed off its listings until another edit
 * touched them, since a listing's cached copy has no time limit of its own.
 */
export const SCHEDULE_WINDOW_MS = 2 * 60_000;

/** Where a tick at `now` starts, given where the last completed one ended (none yet: two minutes). */
export function sweepSince(sweptUntil: Date | undefined, now: Date): Date {
  const overlap = now.getTime() - SCHEDULE_WINDOW_MS;
  return new Date(sweptUntil ? Math.min(sweptUntil.getTime(), overlap) : overlap);
}

export async function lastSweptUntil(): Promise<Date | undefined> {
  const [row] = await query<{ swept_until: Date }>(`SELECT swept_until FROM publishing_clock WHERE id = 1`);
  return row?.swept_until;
}

/**
 * Records a completed tick. Set, not raised to the greatest: a clock that once ran ahead (a host's
 * wrong time) must not hide the gaps after it; two instances' ticks crossing only widen the overlap.
 */
export async function markSwept(until: Date): Promise<void> {
  await query(`INSERT INTO publishing_clock (id, swept_until) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET swept_until = EXCLUDED.swept_until`, [until]);
}
