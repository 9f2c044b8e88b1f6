import { formatAgo, formatDate, formatDateTime, formatIn } from '@/lib/format';

describe('date formatting', () => {
  const iso = '2026-11-24T10:15:00+02:00';

  it('formats Arabic dates with Egyptian month names, Western digits and Cairo time', () => {
    const text = formatDateTime(iso, 'ar');
    expect(text).toContain('نوفمبر');
    expect(text).toContain('2026');
    expect(text).toContain('10:15');
    expect(text).not.toMatch(/[٠-٩]/);
    expect(formatDate(iso, 'ar')).toBe('24 نوفمبر 2026');
  });

  it('formats English dates in Cairo time', () => {
    expect(formatDate(iso, 'en')).toBe('24 November 2026');
    expect(formatDateTime(iso, 'en')).toMatch(/^24 November 2026.*10:15/);
  });

  it('gives English early hours their zero (24-hour clock): "at 02:18", not "at 2:18", which reads as the afternoon', () => {
    expect(formatDateTime('2026-12-01T02:18:00+02:00', 'en')).toBe('1 December 2026 at 02:18');
  });

  it('shows the Cairo wall clock whatever the stored offset', () => {
    // 23:30 UTC on the 23rd is 01:30 on the 24th in Cairo (UTC+2 in November).
    expect(formatDate('2026-11-23T23:30:00+00:00', 'en')).toBe('24 November 2026');
  });
});

describe('how long ago', () => {
  const now = Date.parse('2026-12-04T16:20:30Z');
  const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString();

  it('says it in the largest whole unit, in Arabic with Western digits and the dual', () => {
    expect(formatAgo(ago(12), 'ar', now)).toBe('قبل 12 ثانية');
    expect(formatAgo(ago(125), 'ar', now)).toBe('قبل دقيقتين');
    expect(formatAgo(ago(5 * 3600 + 59), 'ar', now)).toBe('قبل 5 ساعات');
    expect(formatAgo(ago(3 * 86_400), 'en', now)).toBe('3 days ago');
  });

  it('never in the future (a clock a little ahead), never "0 seconds" (which Arabic reads as no time at all), and never with a colon', () => {
    expect(formatAgo(ago(-3), 'en', now)).toBe('1 second ago');
    expect(formatAgo(ago(0.4), 'ar', now)).toBe('قبل ثانية واحدة');
    for (const seconds of [0, 59, 61, 3_599, 86_399]) expect(formatAgo(ago(seconds), 'ar', now)).not.toMatch(/[:,]/);
  });
});

describe('how long until', () => {
  it('rounds up to whole minutes past the first, in Arabic with Western digits and the dual, never with a colon', () => {
    expect(formatIn(900, 'ar')).toBe('خلال 15 دقيقة');
    expect(formatIn(61, 'ar')).toBe('خلال دقيقتين');
    expect(formatIn(899.2, 'en')).toBe('in 15 minutes');
    expect(formatIn(45, 'en')).toBe('in 45 seconds');
    for (const seconds of [1, 59, 60, 61, 900, 3_600]) expect(formatIn(seconds, 'ar')).not.toMatch(/[:,]/);
  });
});
