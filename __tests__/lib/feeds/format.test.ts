/** @jest-environment node */
import { newest, rfc822 } from '@/lib/feeds/dates';
import { escapeXml } from '@/lib/feeds/xml';

describe('RFC 822 dates for RSS', () => {
  it('keeps the stored offset, so Cairo time reads as the desk wrote it', () => {
    expect(rfc822('2026-11-24T10:15:00+02:00')).toBe('Tue, 24 Nov 2026 10:15:00 +0200');
    expect(rfc822('2026-07-01T01:30:00+03:00')).toBe('Wed, 01 Jul 2026 01:30:00 +0300');
    expect(rfc822('2026-01-01T23:05:09-05:30')).toBe('Thu, 01 Jan 2026 23:05:09 -0530');
    expect(rfc822('2026-11-24T08:15:00.000Z')).toBe('Tue, 24 Nov 2026 08:15:00 +0000');
  });

  it('rejects what is not a date', () => {
    expect(() => rfc822('yesterday')).toThrow(RangeError);
  });

  it('finds the newest of dates with different offsets by instant, not by string', () => {
    expect(newest(['2026-11-24T23:00:00+03:00', '2026-11-24T21:30:00+00:00'])).toBe('2026-11-24T21:30:00+00:00');
    expect(newest([])).toBeUndefined();
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials and drops characters XML 1.0 cannot hold', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(escapeXml('a\u0000b\u0008c\u000bd\te\n')).toBe('abcd\te\n');
    expect(escapeXml('\ud800x \ud83d\udcf0')).toBe('x \ud83d\udcf0');
    expect(escapeXml('الوفد')).toBe('الوفد');
  });

  it.each([
    ['a markup character', 'Q&A', 'Q&amp;A'],
    ['a quote', "it's", 'it&apos;s'],
    ['a control', 'a\u0001b', 'ab'],
    ['a lone surrogate', 'a\udc00b', 'ab'],
    ['bidi controls', '\u2067مصر\u2069', 'مصر'],
    ['nothing (an address)', 'https://www.alwafd.news/news/1001', 'https://www.alwafd.news/news/1001'],
  ])('finds %s when it is all the text holds to change', (_kind, text, escaped) => {
    expect(escapeXml(text)).toBe(escaped);
  });
});
