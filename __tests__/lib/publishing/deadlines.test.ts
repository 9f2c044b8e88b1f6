/** @jest-environment node */
import { crossedCairoMidnight } from '@/lib/publishing/deadlines';

describe('crossedCairoMidnight: the minute clock expires the date line once Cairo’s day has turned', () => {
  it('is true for a window holding Cairo’s midnight, in winter (UTC+2) and in summer (UTC+3)', () => {
    expect(crossedCairoMidnight(new Date('2026-11-29T21:59:00Z'), new Date('2026-11-29T22:00:30Z'))).toBe(true);
    expect(crossedCairoMidnight(new Date('2026-07-14T20:58:30Z'), new Date('2026-07-14T21:00:00Z'))).toBe(true);
  });

  it('is false for a window that ends before it, or starts at or after it', () => {
    expect(crossedCairoMidnight(new Date('2026-11-29T21:57:00Z'), new Date('2026-11-29T21:59:59Z'))).toBe(false);
    expect(crossedCairoMidnight(new Date('2026-11-29T22:00:00Z'), new Date('2026-11-29T22:02:00Z'))).toBe(false);
    // UTC's midnight is not Cairo's.
    expect(crossedCairoMidnight(new Date('2026-11-29T23:59:00Z'), new Date('2026-11-30T00:01:00Z'))).toBe(false);
  });
});
