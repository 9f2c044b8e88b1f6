import { foundMemo } from '@/lib/pages/found-memo';

describe('foundMemo', () => {
  it('remembers a found page for its lifetime, then asks again', () => {
    let clock = 0;
    const memo = foundMemo({ capacity: 10, ttlMs: 30_000, now: () => clock });
    expect(memo.has('/section/economy/page/2')).toBe(false);
    memo.add('/section/economy/page/2');
    clock = 29_999;
    expect(memo.has('/section/economy/page/2')).toBe(true);
    clock = 30_000;
    expect(memo.has('/section/economy/page/2')).toBe(false);
    expect(memo.size).toBe(0);
  });

  it('holds at most its capacity, dropping the oldest first', () => {
    const memo = foundMemo({ capacity: 3, ttlMs: 60_000, now: () => 0 });
    for (const page of [1, 2, 3, 4, 5]) memo.add(`/tag/x/page/${page}`);
    expect(memo.size).toBe(3);
    expect([1, 2, 3, 4, 5].map((page) => memo.has(`/tag/x/page/${page}`))).toEqual([false, false, true, true, true]);
  });

  it('a page found again moves to the back of the queue', () => {
    const memo = foundMemo({ capacity: 2, ttlMs: 60_000, now: () => 0 });
    memo.add('a');
    memo.add('b');
    memo.add('a');
    memo.add('c');
    expect([memo.has('a'), memo.has('b'), memo.has('c')]).toEqual([true, false, true]);
  });
});
