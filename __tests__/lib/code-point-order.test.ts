import { compareCodePoints } from '@/lib/code-point-order';

describe('code-point order (as PostgreSQL sorts under COLLATE "C")', () => {
  it('orders by code point past the Basic Multilingual Plane, where UTF-16 units disagree', () => {
    const fullwidthZero = '\uFF10';
    const grinning = '\u{1F600}';
    expect([grinning, fullwidthZero].sort()).toEqual([grinning, fullwidthZero]); // UTF-16 units
    expect([grinning, fullwidthZero].sort(compareCodePoints)).toEqual([fullwidthZero, grinning]);
  });

  it('orders Arabic as its letters are numbered, a prefix first', () => {
    expect(['نفط', 'طاقة', 'نف'].sort(compareCodePoints)).toEqual(['طاقة', 'نف', 'نفط']);
  });
});
