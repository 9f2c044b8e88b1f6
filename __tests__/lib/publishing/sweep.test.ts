/** @jest-environment node */
import { SCHEDULE_WINDOW_MS, sweepSince } from '@/lib/publishing/sweep';

const now = new Date('2026-11-30T12:00:00Z');
const minutesBefore = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe('sweepSince: the span a tick of the publishing clock covers', () => {
  it('is the last two minutes when the last tick ended a minute ago (ticks overlap)', () => {
    expect(sweepSince(minutesBefore(1), now)).toEqual(new Date(now.getTime() - SCHEDULE_WINDOW_MS));
  });

  it('reaches back to where the last completed tick ended, however long ago: missed ticks are made up', () => {
    expect(sweepSince(minutesBefore(10), now)).toEqual(minutesBefore(10));
    expect(sweepSince(minutesBefore(3 * 24 * 60), now)).toEqual(minutesBefore(3 * 24 * 60));
  });

  it('is the last two minutes for the first tick ever, and for a last tick stamped ahead of this clock', () => {
    expect(sweepSince(undefined, now)).toEqual(minutesBefore(2));
    expect(sweepSince(new Date(now.getTime() + 60_000), now)).toEqual(minutesBefore(2));
  });
});
