import { MemorySearch } from '@/lib/search/memory-search';
import { similarity } from '@/lib/search/trigram';
import { teaser } from '@/lib/content/memory-source';
import { makeArticle } from '../../support/content';

/** The in-memory search answers as the database does: tiers, newest first within each, respelling. */
const stories = [
  makeArticle(10, { title: 'الانتخابات تبدأ غدًا', summary: 'ملخص' }),
  makeArticle(11, { title: 'خبر', summary: 'موعد الانتخابات البرلمانية' }),
  makeArticle(12, { title: 'خبر', summary: 'ملخص', paragraphs: ['بدأت والانتخابات أمس.'] }),
  makeArticle(13, { title: 'خبر', summary: 'ملخص', paragraphs: ['انتخاب رئيس النادي.'] }),
  makeArticle(14, { title: 'خبر', summary: 'ملخص', paragraphs: ['نص آخر.'] }),
  makeArticle(15, { title: 'المدرب يعلن التشكيل', summary: 'ملخص' }),
];
const newestFirst = [...stories].reverse();
const search = new MemorySearch(newestFirst, teaser);
const ids = (query: string, page = 1, size = 10) => search.search('ar', query, page, size).items.map((a) => a.id);

describe('MemorySearch', () => {
  it('ranks headline, then summary, then body as typed, then stem-only matches — whatever the age', () => {
    expect(ids('الانتخابات')).toEqual([10, 11, 12, 13]);
  });

  it('answers spelling variants identically', () => {
    for (const variant of ['والانتخابات', 'انتخابات', 'الإنتخابات', 'الانتخاباتُ']) expect(ids(variant)).toEqual(ids('الانتخابات'));
  });

  it('pages through the ranking', () => {
    expect(ids('الانتخابات', 2, 3)).toEqual([13]);
    expect(search.search('ar', 'الانتخابات', 1, 3).hasNext).toBe(true);
    expect(search.search('ar', 'الانتخابات', 2, 3).hasNext).toBe(false);
    // Exactly filled: no next page.
    expect(search.search('ar', 'الانتخابات', 2, 2)).toMatchObject({ hasNext: false, items: [{ id: 12 }, { id: 13 }] });
  });

  it('requires every word', () => {
    expect(ids('الانتخابات البرلمانية')).toEqual([11]);
  });

  it('respells an unknown word as the nearest known one only when the query finds nothing', () => {
    expect(search.search('ar', 'الانتخبات', 1, 10)).toMatchObject({ corrected: 'انتخابات' });
    expect(search.search('ar', 'الانتخابات', 1, 10).corrected).toBeUndefined();
    expect(search.search('ar', 'زلزال', 1, 10)).toEqual({ items: [], page: 1, hasNext: false });
  });

  it('never offers a word no typist could have meant: «المدرسة» is not «مدرب», though they share half their trigrams', () => {
    expect(similarity('مدرسه', 'مدرب')).toBeGreaterThan(0.3);
    expect(search.search('ar', 'المدرسة', 1, 10)).toEqual({ items: [], page: 1, hasNext: false });
    expect(search.search('ar', 'المدرت', 1, 10)).toMatchObject({ corrected: 'مدرب', items: [{ id: 15 }] });
    // Three letters are too few to guess from: «خبز» (bread) is left alone, though it is one slip from «خبر» (news).
    expect(search.search('ar', 'خبز', 1, 10)).toEqual({ items: [], page: 1, hasNext: false });
  });
});

describe('MemorySearch respelling between equally close words', () => {
  it('counts the uses in the edition searched, as the database does, not in both', () => {
    // "center" is one slip from "enter" and from "centre". Three Arabic stories quote "enter"; one
    // English story says "centre": the English reader means that one.
    const editions = new MemorySearch(
      [
        makeArticle(20, { locale: 'en', paragraphs: ['The new data centre opens.'] }),
        ...[21, 22, 23].map((id) => makeArticle(id, { paragraphs: ['كتب الطالب enter في الاختبار.'] })),
      ],
      teaser,
    );
    expect(editions.search('en', 'center', 1, 10)).toMatchObject({ corrected: 'centre', items: [{ id: 20 }] });
  });

  it('takes the word a typist could have meant: a key beside the one pressed, not one across the keyboard', () => {
    // "spacx" is one slip from "space" (x for e) and from "spacex" (e missed); three stories say space.
    const brands = new MemorySearch(
      [makeArticle(30, { locale: 'en', title: 'SpaceX launches' }), ...[31, 32, 33].map((id) => makeArticle(id, { locale: 'en', title: 'The space race' }))],
      teaser,
    );
    expect(brands.search('en', 'spacx', 1, 10)).toMatchObject({ corrected: 'spacex', items: [{ id: 30 }] });
  });
});

describe('MemorySearch and compound names', () => {
  it('finds «عبد الفتاح» typed joined, and «عبدالفتاح» typed apart', () => {
    const names = new MemorySearch([makeArticle(50, { title: 'استقبل عبد الفتاح الوفد' }), makeArticle(51, { title: 'لقاء عبدالفتاح بالوزراء' })], teaser);
    for (const typed of ['عبدالفتاح', 'عبد الفتاح']) expect(names.search('ar', typed, 1, 10).items.map((a) => a.id).sort()).toEqual([50, 51]);
  });
});

describe('MemorySearch respelling two letters swapped', () => {
  it('finds the word though the swap leaves too few trigrams for it to count as alike', () => {
    const coined = new MemorySearch([makeArticle(40, { title: 'ندوة عن ظغثذخ' })], teaser);
    expect(similarity('ظثغذخ', 'ظغثذخ')).toBeLessThan(0.3);
    expect(coined.search('ar', 'ظثغذخ', 1, 10)).toMatchObject({ corrected: 'ظغثذخ', items: [{ id: 40 }] });
  });
});

describe('trigram similarity', () => {
  it('gives the numbers pg_trgm gives (measured on PostgreSQL 18)', () => {
    expect(similarity('مصطفي', 'مسطفي')).toBeCloseTo(0.33333334, 6);
    expect(similarity('انتخابات', 'انتخبات')).toBeCloseTo(0.54545456, 6);
  });

  it('searches again with a listed name in Latin letters in place of its Arabic spelling, only when the query found nothing', () => {
    const names = [{ name: 'SpaceX', spellings: 'سبيس إكس' }];
    const withNames = new MemorySearch([makeArticle(21, { title: 'SpaceX تستعد', summary: 'ملخص' }), makeArticle(20, { title: 'خبر', summary: 'ملخص', paragraphs: ['مهندسو سبيس إكس.'] })], teaser, names);
    // A story writes it in Arabic letters: found as typed, no note.
    expect(withNames.search('ar', 'مهندسو سبيس إكس', 1, 10)).toEqual(expect.objectContaining({ items: [expect.objectContaining({ id: 20 })] }));
    expect(withNames.search('ar', 'مهندسو سبيس إكس', 1, 10).corrected).toBeUndefined();
    // Nothing as typed: the name's stories, and what was searched.
    expect(withNames.search('ar', 'تستعد سبيس إكس', 1, 10)).toMatchObject({ corrected: 'تستعد spacex', items: [{ id: 21 }] });
    // Without the list nothing is found.
    expect(new MemorySearch([makeArticle(21, { title: 'SpaceX تستعد', summary: 'ملخص' })], teaser).search('ar', 'تستعد سبيس إكس', 1, 10).items).toEqual([]);
  });
});
