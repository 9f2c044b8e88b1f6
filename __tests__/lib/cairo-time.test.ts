import { cairoDate, cairoDayStart, cairoIso } from '@/lib/cairo-time';

describe('Cairo time', () => {
  it('writes an instant in Cairo wall-clock time with its offset, in winter and in summer time', () => {
    expect(cairoIso(new Date('2026-11-24T08:15:00Z'))).toBe('2026-11-24T10:15:00+02:00');
    expect(cairoIso('2026-07-01T09:00:00Z')).toBe('2026-07-01T12:00:00+03:00');
    // Egypt's summer time began on the last Friday of April 2026 (24 April, at midnight).
    expect(cairoIso('2026-04-23T21:59:59Z')).toBe('2026-04-23T23:59:59+02:00');
    expect(cairoIso('2026-04-23T22:00:00Z')).toBe('2026-04-24T01:00:00+03:00');
  });

  it('round-trips: the written instant is the same instant', () => {
    for (const iso of ['2026-01-01T00:00:00Z', '2026-10-29T20:59:00Z', '2026-10-29T21:00:00Z']) {
      expect(Date.parse(cairoIso(iso))).toBe(Date.parse(iso));
    }
  });

  it('writes a year before 1000 with four digits, and its instant, so a story an importer dated 0001-01-01 cannot break a feed or a page', () => {
    // Cairo's offset before standard time was its mean solar time, +02:05:09: written to the minute, as ISO allows.
    for (const iso of ['0001-01-01T00:00:00Z', '0099-06-15T12:00:00Z', '0999-12-31T12:00:00Z']) {
      const written = cairoIso(iso);
      expect(written).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      expect(written.slice(0, 4)).toBe(iso.slice(0, 4));
      expect(Math.abs(Date.parse(written) - Date.parse(iso))).toBeLessThan(60_000);
    }
  });
});

describe('cairoDayStart: when a Cairo calendar day begins (a masthead term takes over then)', () => {
  it('is midnight in Cairo, in winter (UTC+2) and in summer time (UTC+3)', () => {
    expect(cairoDayStart('2026-02-26').toISOString()).toBe('2026-02-25T22:00:00.000Z');
    expect(cairoDayStart('2026-07-14').toISOString()).toBe('2026-07-13T21:00:00.000Z');
  });

  it('of the admin day picker’s noon UTC is that same day', () => {
    expect(cairoDayStart(cairoDate('2026-02-26T12:00:00.000Z')).toISOString()).toBe('2026-02-25T22:00:00.000Z');
  });
});
