import { allowedSlips, closestCandidates, respelling, swappedSpellings, typingDistance } from '@/lib/search/respell';

describe('typingDistance: the edits a typist makes', () => {
  it('counts a letter missed, added, changed, or two neighbours swapped as one each', () => {
    expect(typingDistance('انتخبات', 'انتخابات').slips).toBe(1);
    expect(typingDistance('انتخاابات', 'انتخابات').slips).toBe(1);
    expect(typingDistance('شبراخيط', 'شبراخيت').slips).toBe(1);
    expect(typingDistance('مدرسه', 'مدسره').slips).toBe(1);
    expect(typingDistance('مدرسه', 'مدرب').slips).toBe(2);
    expect(typingDistance('', 'مصر').slips).toBe(3);
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
    expect(respelling('مدرس', ['مدرسه', 'مدرسي'])).toBe('مدرسه');
    expect(respelling('مدرس', ['مدرسي', 'مدرسه'])).toBe('مدرسي');
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

  it('looks for the spellings two letters swapped make, each once', () => {
    expect(swappedSpellings('مصرف')).toEqual(['صمرف', 'مرصف', 'مصفر']);
    expect(swappedSpellings('كتاب')).toEqual(['تكاب', 'كاتب', 'كتبا']);
    expect(swappedSpellings('مدد')).toEqual(['دمد']);
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
    expect(respelling('مدرس', ['مدرسي', 'مدرسه'], (w) => (w === 'مدرسه' ? 999 : 60))).toBe('مدرسي');
  });
});

describe('respelling as a typist slips', () => {
  it('counts a letter changed for one no typist would hit instead as a stray, never as more than a slip', () => {
    expect(typingDistance('spacx', 'spacex')).toEqual({ slips: 1, strays: 0 }); // a letter missed
    expect(typingDistance('spacx', 'space')).toEqual({ slips: 1, strays: 1 }); // x for e: across the keyboard
    expect(typingDistance('sapce', 'space')).toEqual({ slips: 1, strays: 0 }); // two letters swapped
    expect(typingDistance('تسلا', 'تسلل')).toEqual({ slips: 1, strays: 0 }); // ا for ل: the key beside it
    expect(typingDistance('تسلا', 'تسلم')).toEqual({ slips: 1, strays: 1 });
    expect(typingDistance('ظابط', 'ضابط')).toEqual({ slips: 1, strays: 0 }); // the same sound
    // Two slips a typist makes are still more than one he does not.
    expect(typingDistance('مستشفيات', 'مستشفي')).toEqual({ slips: 2, strays: 0 });
    expect(typingDistance('مستشفيام', 'مستشفيات')).toEqual({ slips: 1, strays: 1 });
    expect(closestCandidates('مستشفيام', ['مستشفي', 'مستشفيات'])).toEqual(['مستشفيات']);
  });

  it('counts a letter added as a slip only when a finger beside it could have pressed it: the same letter, or a key beside one', () => {
    expect(typingDistance('كتااب', 'كتاب')).toEqual({ slips: 1, strays: 0 }); // typed twice
    expect(typingDistance('spacre', 'space')).toEqual({ slips: 1, strays: 0 }); // r beside e
    expect(typingDistance('ابخار', 'بخار')).toEqual({ slips: 1, strays: 1 }); // ا (h) is nowhere near ب (f)
    expect(typingDistance('ابخار', 'اخبار')).toEqual({ slips: 1, strays: 0 }); // two letters swapped
    expect(typingDistance('خبار', 'اخبار')).toEqual({ slips: 1, strays: 0 }); // a letter missed: any key can be
    expect(respelling('ابخار', ['بخار', 'اخبار'], (word) => (word === 'بخار' ? 50 : 2))).toBe('اخبار');
  });

  it('takes, of equally close words, the one a typist could have meant, whatever the others\' uses', () => {
    const uses = (word: string) => ({ space: 50, spacex: 3, تسلم: 50, تسلل: 2, رابط: 50, ضابط: 1 })[word] ?? 0;
    expect(respelling('spacx', ['space', 'spacex'], uses)).toBe('spacex');
    expect(respelling('تسلا', ['تسلم', 'تسلل'], uses)).toBe('تسلل');
    expect(respelling('ظابط', ['رابط', 'ضابط'], uses)).toBe('ضابط');
    // Only they are left to be weighed by use: their counts are asked for no other candidate.
    expect(closestCandidates('spacx', ['space', 'spacex', 'spacy'])).toEqual(['spacex']);
  });
});
