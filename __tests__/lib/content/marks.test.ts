import { anchorFor, forgetMarks, keyBound, MARK_SPACING, MARK_TTL_MS, type Mark, marksOf, pageOffset } from '@/lib/content/marks';

/** A listing of n rows, newest first: row i has key (time n − i, id n − i). */
function listing(n: number): Mark[] {
  return Array.from({ length: n }, (_, i) => ({ at: new Date(Date.UTC(2020, 0, 1) + (n - i) * 60_000), id: n - i }));
}

/** Marks as the SQL computes them: the key of every spacing-th row (rows spacing − 1, 2·spacing − 1, …). */
function marksOfRows(rows: readonly Mark[], spacing: number): Mark[] {
  return rows.filter((_, i) => (i + 1) % spacing === 0);
}

/** What the keyset query returns: rows after the anchor's key, skipping its offset. */
function read(rows: readonly Mark[], offset: number, limit: number, marks: readonly Mark[], spacing: number): Mark[] {
  const anchor = anchorFor(offset, marks, spacing);
  const after = anchor.after;
  const rest = after ? rows.filter((r) => r.at < after.at || (r.at.getTime() === after.at.getTime() && r.id < after.id)) : rows;
  return rest.slice(anchor.offset, anchor.offset + limit);
}

describe('deep pages from marks', () => {
  it('reads every page exactly as OFFSET would, at any depth', () => {
    const spacing = 10;
    for (const n of [0, 1, 9, 10, 11, 99, 100, 101, 257]) {
      const rows = listing(n);
      const marks = marksOfRows(rows, spacing);
      for (const size of [1, 3, 7, 10, 20]) {
        for (let page = 1; page <= Math.ceil(n / size) + 2; page++) {
          const offset = pageOffset(page, size);
          expect(read(rows, offset, size + 1, marks, spacing)).toEqual(rows.slice(offset, offset + size + 1));
        }
      }
    }
  });

  it('skips fewer rows than the spacing whenever a mark precedes the page', () => {
    const marks = marksOfRows(listing(5000), MARK_SPACING);
    for (const offset of [0, 999, 1000, 1001, 2999, 4999]) {
      const anchor = anchorFor(offset, marks);
      expect(anchor.offset).toBeLessThan(MARK_SPACING);
      expect(anchor.after ? MARK_SPACING * (marks.indexOf(anchor.after) + 1) + anchor.offset : anchor.offset).toBe(offset);
    }
  });

  it('starts from the last mark past the end of the listing (an empty page, found cheaply)', () => {
    const marks = marksOfRows(listing(2500), MARK_SPACING);
    expect(anchorFor(99_980, marks)).toEqual({ after: marks[1], offset: 99_980 - 2000 });
    expect(anchorFor(10, [])).toEqual({ offset: 10 });
    expect(anchorFor(5000, [])).toEqual({ offset: 5000 });
  });

  it('page 1 has offset 0; bounds start before everything without a mark', () => {
    expect(pageOffset(1, 20)).toBe(0);
    expect(pageOffset(5000, 20)).toBe(99_980);
    expect(keyBound({ offset: 3 })).toEqual(['infinity', 2147483647]);
    const mark = { at: new Date(0), id: 7 };
    expect(keyBound({ after: mark, offset: 0 })).toEqual([mark.at, 7]);
    expect(() => anchorFor(-1, [])).toThrow(RangeError);
  });
});

describe('marks cache', () => {
  afterEach(() => forgetMarks());

  it('computes a listing once per period, shares it, and forgets on change', async () => {
    const compute = jest.fn(async () => [{ at: new Date(0), id: 1 }]);
    const now = 1_000_000;
    await Promise.all([marksOf('section:ar:news', compute, now), marksOf('section:ar:news', compute, now + 1)]);
    expect(compute).toHaveBeenCalledTimes(1);
    await marksOf('section:ar:news', compute, now + MARK_TTL_MS - 1);
    expect(compute).toHaveBeenCalledTimes(1);
    await marksOf('section:ar:news', compute, now + MARK_TTL_MS);
    expect(compute).toHaveBeenCalledTimes(2);
    forgetMarks();
    await marksOf('section:ar:news', compute, now + MARK_TTL_MS);
    expect(compute).toHaveBeenCalledTimes(3);
    await marksOf('tag:ar:x', compute, now + MARK_TTL_MS);
    expect(compute).toHaveBeenCalledTimes(4);
  });

  it('does not keep a failed computation', async () => {
    const failing = jest.fn(async (): Promise<Mark[]> => {
      throw new Error('database down');
    });
    await expect(marksOf('tag:en:y', failing, 0)).rejects.toThrow('database down');
    await expect(marksOf('tag:en:y', failing, 1)).rejects.toThrow('database down');
    expect(failing).toHaveBeenCalledTimes(2);
  });
});
