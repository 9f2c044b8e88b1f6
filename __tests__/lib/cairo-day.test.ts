import { cairoDate, nextCairoDayStart } from '@/lib/cairo-time';
import { formatDay } from '@/lib/format';

describe("Cairo's civil day", () => {
  it('is the date on Cairo wall clocks, not in UTC', () => {
    expect(cairoDate('2026-11-28T22:00:00Z')).toBe('2026-11-29');
    expect(cairoDate('2026-11-28T21:59:59Z')).toBe('2026-11-28');
  });

  it('ends at Cairo midnight: 30 seconds after 23:59:30', () => {
    const at = new Date('2026-11-29T23:59:30+02:00');
    expect(nextCairoDayStart(at).toISOString()).toBe('2026-11-29T22:00:00.000Z');
    expect(nextCairoDayStart(at).getTime() - at.getTime()).toBe(30_000);
    expect(nextCairoDayStart(new Date('2026-11-29T00:00:00+02:00')).toISOString()).toBe('2026-11-29T22:00:00.000Z');
  });

  it('in summer time, and on the days the clocks change', () => {
    expect(nextCairoDayStart(new Date('2026-07-01T12:00:00+03:00')).toISOString()).toBe('2026-07-01T21:00:00.000Z');
    // Summer time began on Friday 24 April 2026: the clocks went from 00:00 to 01:00, so the day began at 01:00 (+03:00).
    expect(nextCairoDayStart(new Date('2026-04-23T20:00:00+02:00')).toISOString()).toBe('2026-04-23T22:00:00.000Z');
    // It ended on Thursday 29 October 2026: 23:00–24:00 came twice, the second time at +02:00.
    expect(nextCairoDayStart(new Date('2026-10-29T23:30:00+03:00')).toISOString()).toBe('2026-10-29T22:00:00.000Z');
  });
});

describe('the date line’s Gregorian date', () => {
  it('names the weekday and the Egyptian month, in Western digits, with no comma', () => {
    expect(formatDay('2026-11-29', 'ar')).toBe('الأحد 29 نوفمبر 2026');
    expect(formatDay('2026-11-29', 'en')).toBe('Sunday 29 November 2026');
    expect(formatDay('2026-02-19', 'ar')).toBe('الخميس 19 فبراير 2026');
  });
});
