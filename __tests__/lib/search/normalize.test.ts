import { DIGIT_ZEROS, fold, seatless, stem, STOP_WORDS, terms, words } from '@/lib/search/normalize';

/**
 * Search reads text the way cms/migrations/20261129_120000_search.ts does in the database; these
 * are the rules of issue 11 one by one (the integration test checks the database agrees).
 */
describe('fold', () => {
  it('writes every alef with hamza or madda, and alef wasla, as a bare alef', () => {
    expect(fold('آمال أحمد إبراهيم ٱلله')).toBe('امال احمد ابراهيم الله');
  });

  it('writes alef maqsura as yeh, teh marbuta as heh, hamza on waw as waw and on yeh as yeh', () => {
    expect(fold('مصطفى المدرسة مؤتمر رئيس')).toBe('مصطفي المدرسه موتمر رييس');
  });

  it('drops tatweel, every haraka U+064B–U+065F and the superscript alef', () => {
    const harakat = Array.from({ length: 0x65f - 0x64b + 1 }, (_, i) => String.fromCharCode(0x64b + i)).join('');
    expect(fold(`م${harakat}ـــصر`)).toBe('مصر');
    expect(fold('مُحَمَّدٌ هٰذا')).toBe('محمد هذا');
  });

  it('applies NFKC first: presentation forms and ligatures become letters, full-width Latin becomes ASCII', () => {
    expect(fold('ﻻ ﺍﻟﻤﺪﺭﺳﺔ')).toBe('لا المدرسه');
    expect(fold('Ｃａｉｒｏ ﬁle')).toBe('cairo file');
  });

  it('writes every digit system as 0–9', () => {
    expect(fold('٢٠٢٦')).toBe('2026');
    expect(fold('۱۴۰۵')).toBe('1405');
    expect(fold('२०२६ ২০২৬ ๒๐๒๖ ２０２６ 𝟚𝟘𝟚𝟞')).toBe('2026 2026 2026 2026 2026');
  });

  it('covers every decimal digit this engine knows (\\p{Nd}), each run zero to nine', () => {
    const zeros = new Set(DIGIT_ZEROS);
    for (let code = 0; code <= 0x10ffff; code++) {
      const char = String.fromCodePoint(code);
      if (!/\p{Nd}/u.test(char)) continue;
      const zero = [...zeros].filter((z) => z <= code).at(-1)!;
      expect([char, fold(char)]).toEqual([char, String(code - zero)]);
    }
  });

  it('lower-cases Latin letters, İ as PostgreSQL does (a plain i)', () => {
    expect(fold('SpaceX NASA İstanbul')).toBe('spacex nasa istanbul');
  });

  it('folds a word of Arabic letters alone as it folds it inside any other text, for every character of the Arabic blocks', () => {
    // A word of plain letters takes a shorter path; a Latin letter before it takes the long one.
    const blocks = [[0x600, 0x6ff], [0x750, 0x77f], [0x8a0, 0x8ff], [0xfb50, 0xfdff], [0xfe70, 0xfeff]] as const;
    const differing = blocks.flatMap(([from, to]) =>
      Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).filter((c) => `x${fold(c)}` !== fold(`x${c}`) || `x${fold(`ب${c}`)}` !== fold(`xب${c}`)),
    );
    expect(differing).toEqual([]);
  });
});

describe('words', () => {
  it('strips the joined article and prepositions ال وال بال كال فال لل', () => {
    expect(words('الانتخابات والانتخابات بالانتخابات كالانتخابات فالانتخابات للانتخابات')).toEqual(Array(6).fill('انتخابات'));
  });

  it('keeps enough of the word: والدة stays, البدوي keeps its yeh', () => {
    expect(words('والدة البدوي')).toEqual(['والده', 'بدوي']);
  });

  it('drops stop-words, single letters and runs past 60 characters, but keeps single digits', () => {
    expect(words(`في هذا و ب the of 5 ${'ب'.repeat(61)} مصر`)).toEqual(['5', 'مصر']);
    expect(STOP_WORDS.has('علي')).toBe(false); // على and the name Ali fold together: Ali stays searchable
  });

  it('splits on punctuation of both scripts', () => {
    expect(words('القاهرة،الجيزة؛أسوان؟ Cairo-Giza')).toEqual(['قاهره', 'جيزه', 'اسوان', 'cairo', 'giza']);
  });

  it('gives a compound name the same terms written apart or joined: عبد الفتاح, أبو ظبي', () => {
    expect(words('عبد الفتاح السيسي')).toEqual(['عبدالفتاح', 'فتاح', 'سيسي']);
    expect(words('عبدالفتاح السيسي')).toEqual(words('عبد الفتاح السيسي'));
    expect(words('أبو ظبي')).toEqual(['ابوظبي', 'ظبي']);
    expect(words('أبوظبي')).toEqual(words('أبو ظبي'));
    expect(words('وأبو تريكة')).toEqual(['وابوتريكه', 'تريكه']);
  });

  it('leaves alone what only begins like one: a first word before no Arabic word, and أبوها, عبده, أبواب', () => {
    expect(words('عبد 2026 أبو SpaceX')).toEqual(['عبد', '2026', 'ابو', 'spacex']);
    expect(words('أبوها عبده أبواب')).toEqual(['ابوها', 'عبده', 'ابواب']);
  });
});

describe('stem', () => {
  it('strips the common Arabic suffixes in turn, leaving two letters', () => {
    expect(stem('انتخابات')).toBe('انتخاب');
    // A joined و goes (light10), with the preposition and article after it, when enough remains.
    expect(stem('ومصر')).toBe('مصر');
    expect(terms('وبالطاقة').stems).toEqual(terms('الطاقة').stems);
    expect(terms('وللمرة').stems).toEqual(terms('المرة').stems);
    expect(stem('وطن')).toBe('وطن');
  });

  it('reads the stems without the hamza’s seat, the whole words with the issue’s folding', () => {
    // Egyptian «مسئولية» and standard «مسؤولية»: two words, one stem.
    expect(terms('مسئولية').words).not.toEqual(terms('مسؤولية').words);
    expect(terms('مسئولية').stems).toEqual(terms('مسؤولية').stems);
    expect(terms('شئون').stems).toEqual(terms('شؤون').stems);
    expect(terms('تساؤلات').stems).toEqual(terms('تساءلات').stems);
    expect(seatless('مسؤول ورئيس')).toBe('مسءول ورءيس');
    expect(stem('مصريين')).toBe('مصر');
    expect(stem('مدرسه')).toBe('مدرس');
    expect(stem('كتابها')).toBe('كتاب');
    expect(stem('بدوي')).toBe('بدو');
    expect(stem('ها')).toBe('ها');
  });

  it('strips English plurals (Harman) when three letters remain', () => {
    expect(['cities', 'horses', 'cars', 'gas', 'bus', 'glass', 'heroes'].map(stem)).toEqual(['city', 'horse', 'car', 'gas', 'bus', 'glass', 'heroe']);
  });
});

describe('terms', () => {
  it('spells variants the same: المدرسة/المدرسه, مصطفى/مصطفي, الانتخابات/والانتخابات, أحمد/احمد/إحمد, ٢٠٢٦/2026, harakat', () => {
    const same = [
      ['المدرسة', 'المدرسه'],
      ['مصطفى', 'مصطفي'],
      ['الانتخابات', 'والانتخابات'],
      ['أحمد', 'احمد', 'إحمد'],
      ['٢٠٢٦', '2026'],
      ['مُحَمَّد', 'محمد'],
    ];
    for (const variants of same) {
      const [first, ...rest] = variants.map(terms);
      for (const other of rest) expect(other).toEqual(first);
    }
  });

  it('keeps a name whole and its stem apart: البدوي is بدوي, and بدو only as a stem', () => {
    expect(terms('البدوي')).toEqual({ words: ['بدوي'], stems: ['بدو'] });
    expect(terms('البدو').words).toEqual(['بدو']);
  });
});

/** The Quranic annotation marks that ride on a letter: everything in U+06D6–U+06ED but U+06DD, U+06DE and U+06E9. */
const QURANIC_MARKS = Array.from({ length: 0x6ed - 0x6d6 + 1 }, (_, i) => 0x6d6 + i)
  .filter((code) => ![0x6dd, 0x6de, 0x6e9].includes(code))
  .map((code) => String.fromCharCode(code));

describe('text copied from a Qur’an app (Uthmani marks)', () => {
  it('reads a word written with U+06E1 for the sukun as one word, the same as with the ordinary sukun', () => {
    // U+06E1 (dotless head of khah) where ordinary text writes U+0652.
    expect(words('ٱلۡبَيَانَاتِ')).toEqual(['بيانات']);
    expect(terms('ٱلۡبَيَانَاتِ')).toEqual(terms('ٱلْبَيَانَاتِ'));
    expect(terms('ٱلۡبَيَانَاتِ')).toEqual(terms('البيانات'));
    expect(terms('الۡطاقة')).toEqual(terms('الطاقة'));
    expect(terms('ٱلۡحَمۡدُ لِلَّهِ')).toEqual(terms('الحمد لله'));
  });

  it('drops the small letters and signs above and below: small waw, small high meem and rounded zero, small low meem', () => {
    for (const [uthmani, plain] of [
      ['دَاوُۥدَ', 'داود'], // U+06E5 small waw
      ['قَالُوا۟', 'قالوا'], // U+06DF small high rounded zero
      ['سَمِيعُۢ بَصِيرٞ', 'سميع بصير'], // U+06E2 small high meem
      ['عَلِيمٍۭ', 'عليم'], // U+06ED small low meem
    ] as const) {
      expect([uthmani, words(uthmani)]).toEqual([uthmani, words(plain)]);
      expect([uthmani, terms(uthmani)]).toEqual([uthmani, terms(plain)]);
    }
  });

  it('drops every mark of U+06D6–U+06ED that rides on a letter, and every haraka of U+0656–U+065F, inside a word', () => {
    for (const mark of QURANIC_MARKS) expect([mark.codePointAt(0)!.toString(16), words(`مص${mark}ر`)]).toEqual([mark.codePointAt(0)!.toString(16), ['مصر']]);
    for (let code = 0x656; code <= 0x65f; code++) expect([code.toString(16), words(`مص${String.fromCharCode(code)}ر`)]).toEqual([code.toString(16), ['مصر']]);
  });

  it('keeps the end of ayah, rub el hizb and place of sajdah as separators between words', () => {
    // U+06DD before a verse's number, U+06DE and U+06E9 between words: never glued into one term.
    expect(words('ٱلۡحَمۡدُ ۝٢')).toEqual(['حمد', '2']);
    expect(words('الحمد\u06dd٢')).toEqual(['حمد', '2']);
    expect(words('مصر\u06deسوريا\u06e9ليبيا')).toEqual(['مصر', 'سوريا', 'ليبيا']);
  });
});

describe('the King Fahd Complex’s Qur’an text (open tanween, the extended blocks’ marks)', () => {
  it('reads a word with open tanween as the same word with the ordinary tanween, or none', () => {
    // U+08F0–U+08F2 where ordinary text writes U+064B–U+064D: «حكيمࣰا» was «حكيم» and a stray «ا».
    for (const [complex, plain] of [
      ['حَكِيمࣰا', 'حَكِيمًا'],
      ['سَمِيعࣱ', 'سَمِيعٌ'],
      ['بَصِيرࣲ', 'بَصِيرٍ'],
    ] as const) {
      expect([complex, terms(complex)]).toEqual([complex, terms(plain)]);
      expect([complex, terms(complex)]).toEqual([complex, terms(plain.replace(/[\u064B-\u0652]/g, ''))]);
    }
    expect(words('وَكَانَ ٱللَّهُ عَلِيمًا حَكِيمࣰا')).toEqual(['له', 'عليما', 'حكيما']);
  });

  it('drops every combining mark of U+0897–U+089F, U+08CA–U+08E1 and U+08E3–U+08FF inside a word', () => {
    const marks = [[0x897, 0x89f], [0x8ca, 0x8e1], [0x8e3, 0x8ff]].flatMap(([first, last]) => Array.from({ length: last! - first! + 1 }, (_, i) => first! + i));
    expect(marks).toHaveLength(9 + 24 + 29);
    for (const code of marks) {
      expect(String.fromCharCode(code)).toMatch(/^\p{Mn}$/u);
      expect([code.toString(16), words(`مص${String.fromCharCode(code)}ر`)]).toEqual([code.toString(16), ['مصر']]);
    }
  });

  it('keeps the disputed end of ayah U+08E2 a separator, as the end of ayah is', () => {
    expect(words('الحمد\u08e2٢')).toEqual(['حمد', '2']);
  });
});
