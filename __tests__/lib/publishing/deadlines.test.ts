/** @jest-environment node */
import { midnightCrossed } from '@/lib/publishing/deadlines';

describe('midnightCrossed: the minute clock expires the date line once Cairo’s day has turned', () => {
  it('is that midnight for a window holding it, in winter (UTC+2) and in summer (UTC+3)', () => {
    expect(midnightCrossed(new Date('2026-11-29T21:59:00Z'), new Date('2026-11-29T22:00:30Z'))).toBe(Date.parse('2026-11-29T22:00:00Z'));
    expect(midnightCrossed(new Date('2026-07-14T20:58:30Z'), new Date('2026-07-14T21:00:00Z'))).toBe(Date.parse('2026-07-14T21:00:00Z'));
  });

  it('is none for a window that ends before it, or starts at or after it', () => {
    expect(midnightCrossed(new Date('2026-11-29T21:57:00Z'), new Date('2026-11-29T21:59:59Z'))).toBeUndefined();
    expect(midnightCrossed(new Date('2026-11-29T22:00:00Z'), new Date('2026-11-29T22:02:00Z'))).toBeUndefined();
    // UTC's midnight is not Cairo's.
    expect(midnightCrossed(new Date('2026-11-29T23:59:00Z'), new Date('2026-11-30T00:01:00Z'))).toBeUndefined();
  });
});
