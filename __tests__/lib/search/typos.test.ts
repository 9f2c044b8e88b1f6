import { likelySubstitute } from '@/lib/search/typos';

describe('likelySubstitute: a letter typed for another', () => {
  it('is a key beside it, in its row or the rows above and below (Arabic 101, US QWERTY)', () => {
    expect(likelySubstitute('ا', 'ل')).toBe(true); // h and g
    expect(likelySubstitute('س', 'ي')).toBe(true);
    expect(likelySubstitute('ض', 'ش')).toBe(true); // q above a
    expect(likelySubstitute('ش', 'ص')).toBe(true); // a under w
    expect(likelySubstitute('e', 'r')).toBe(true);
    expect(likelySubstitute('a', 'z')).toBe(true);
    expect(likelySubstitute('s', 'x')).toBe(true);
  });

  it('is never a key across the keyboard', () => {
    expect(likelySubstitute('ا', 'م')).toBe(false);
    expect(likelySubstitute('ض', 'ط')).toBe(false);
    expect(likelySubstitute('x', 'e')).toBe(false);
    expect(likelySubstitute('a', 'p')).toBe(false);
    expect(likelySubstitute('z', 'w')).toBe(false); // z sits under a and s only
  });

  it('reads the keys as search folds their letters: ة types ه, ى types ي', () => {
    expect(likelySubstitute('ه', 'ن')).toBe(true); // ة (m) under ن (k)
    expect(likelySubstitute('ي', 'ه')).toBe(true); // ى (n) beside ة (m)
    expect(likelySubstitute('و', 'ه')).toBe(true); // و (,) beside ة
  });

  it('is a letter of the same sound, as Egyptian readers write them', () => {
    expect(likelySubstitute('ظ', 'ض')).toBe(true);
    expect(likelySubstitute('ذ', 'ز')).toBe(true);
    expect(likelySubstitute('ث', 'س')).toBe(true);
    expect(likelySubstitute('ص', 'س')).toBe(true);
    expect(likelySubstitute('k', 'c')).toBe(true);
    expect(likelySubstitute('ظ', 'ع')).toBe(false);
  });
});
