import { allowedSlips, respelling, slips } from '@/lib/search/respell';

describe('slips: the edits a typist makes', () => {
  it('counts a letter missed, added, changed, or two neighbours swapped as one each', () => {
    expect(slips('انتخبات', 'انتخابات')).toBe(1);
    expect(slips('انتخاابات', 'انتخابات')).toBe(1);
    expect(slips('شبراخيط', 'شبراخيت')).toBe(1);
    expect(slips('مدرسه', 'مدسره')).toBe(1);
    expect(slips('مدرسه', 'مدرب')).toBe(2);
    expect(slips('', 'مصر')).toBe(3);
  });

  it('allows one in a word of up to six letters, two in a longer one (letters, not UTF-16 units)', () => {
    expect(allowedSlips('مدرسه')).toBe(1);
    expect(allowedSlips('مستشفيات')).toBe(2);
    expect(allowedSlips('😀😀😀😀')).toBe(1);
  });
});

describe('respelling', () => {
  it('takes the closest candidate, not the most alike by trigrams', () => {
    expect(respelling('انتخبات', ['انتخاب', 'انتخابات'])).toBe('انتخابات');
  });

  it('keeps the trigram order between two equally close candidates', () => {
    expect(respelling('مدرسه', ['مدرسة', 'مدرسي'])).toBe('مدرسة');
  });

  it('offers nothing when no candidate is a slip or two away', () => {
    expect(respelling('مدرسه', ['مدرب', 'مدربين'])).toBeUndefined();
  });

  it('never respells a number: a year searched for is not a slip of another year', () => {
    expect(respelling('2026', ['2027', '2025'])).toBeUndefined();
    expect(respelling('g20', ['g30'])).toBeUndefined();
    // Words still are: a letter missed.
    expect(respelling('الاكتتب', ['الاكتتاب'])).toBe('الاكتتاب');
  });

  it('weighs only the first candidates the database sends', () => {
    expect(respelling('مدرسه', [...Array.from({ length: 8 }, () => 'بعيد'), 'مدرسة'])).toBeUndefined();
  });
});

describe('respelling between equally close words', () => {
  it('takes the one more stories use, before the more alike: "center" is the news’ "centre", not "enter"', () => {
    const uses = (word: string) => ({ enter: 1, centre: 4 })[word] ?? 0;
    expect(respelling('center', ['enter', 'centre'], uses)).toBe('centre');
    expect(respelling('center', ['centers', 'centre'], (w) => (w === 'centre' ? 40 : 1))).toBe('centre');
    // A closer word wins whatever its count (انتخاب is two slips away, انتخابات one).
    expect(respelling('انتخبات', ['انتخاب', 'انتخابات'], (w) => (w === 'انتخاب' ? 500 : 1))).toBe('انتخابات');
    // Counts past USES_COUNTED are all the same: the trigram order decides.
    expect(respelling('مدرسه', ['مدرسي', 'مدرسة'], (w) => (w === 'مدرسة' ? 999 : 60))).toBe('مدرسي');
  });
});
