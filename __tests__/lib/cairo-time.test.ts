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

/** What the time zone data says Cairo's clock read at an instant, asked of Intl for each date: the slow way cairoIso avoids. */
const cairoClock = new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Cairo', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
function wallClock(ms: number): string {
  const field = Object.fromEntries(cairoClock.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return `${field.year}-${field.month}-${field.day}T${field.hour}:${field.minute}:${field.second}`;
}

describe('cairoIso against the time zone data', () => {
  const HOUR = 3_600_000;

  it('reads Cairo’s clock as Intl does, each day from 1900 to 2100 at another hour, minute and second', () => {
    const wrong: string[] = [];
    let k = 0;
    for (let ms = Date.UTC(1900, 0, 1); ms < Date.UTC(2100, 0, 1); ms += 24 * HOUR, k++) {
      // Another hour, minute and second each day, so no part of the clock is only ever read at zero.
      const instant = ms + (k % 24) * HOUR + (k % 3600) * 1000 + (k % 7) * 113;
      const written = cairoIso(instant);
      if (written.slice(0, 19) !== wallClock(instant)) wrong.push(`${new Date(instant).toISOString()}: ${written}, Intl ${wallClock(instant)}`);
      if (wrong.length > 5) break;
    }
    expect(wrong).toEqual([]);
  });

  it('changes offset on the second the clocks changed: summer time’s start and end, its pause for Ramadan in 2010', () => {
    // Each change found by Intl (hourly steps, then the second), then the seconds either side written.
    const offset = (t: number) => Date.parse(`${wallClock(t)}Z`) - Math.floor(t / 1000) * 1000;
    const checked: string[] = [];
    for (const [from, to] of [[Date.UTC(2010, 3, 1), Date.UTC(2010, 10, 1)], [Date.UTC(2023, 3, 1), Date.UTC(2023, 10, 1)], [Date.UTC(1900, 8, 1), Date.UTC(1900, 9, 15)]] as const) {
      for (let ms = from; ms < to; ms += HOUR) {
        if (offset(ms + HOUR) === offset(ms)) continue;
        let before = ms;
        let after = ms + HOUR;
        while (after - before > 1000) {
          const middle = before + Math.floor((after - before) / 2000) * 1000;
          if (offset(middle) === offset(before)) before = middle;
          else after = middle;
        }
        for (const t of [before, after]) {
          expect(cairoIso(t).slice(0, 19)).toBe(wallClock(t));
          if (t >= Date.UTC(1901, 0, 1)) expect(Date.parse(cairoIso(t))).toBe(t);
        }
        checked.push(cairoIso(after));
      }
    }
    // 2010: summer time from 30 April, paused 11 August – 10 September, over on 30 September; 2023: back after seven years; 1900: standard time, at midnight by Cairo's mean solar time (+02:05:09).
    expect(checked).toEqual(['2010-04-30T01:00:00+03:00', '2010-08-10T23:00:00+02:00', '2010-09-10T01:00:00+03:00', '2010-09-30T23:00:00+02:00', '2023-04-28T01:00:00+03:00', '2023-10-26T23:00:00+02:00', '1900-09-30T23:54:51+02:00']);
  });

  it('refuses an instant that is no time, as Intl did', () => {
    expect(() => cairoIso('not a date')).toThrow(RangeError);
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
