/** @jest-environment node */
import { query } from '@/lib/db/pool';
import { CATCH_UP_BATCH, GROW_AFTER, catchUpBatch, catchUpBudgetMs, catchUpSearch } from '@/lib/search/catch-up';

/**
 * The catch-up's pacing against a stand-in database: `stale` rows wait, a statement asked for more
 * than `fits` rows times out (a run of very long stories), and each statement is recorded.
 */
// Each batch runs under its own statement timeout (queryWithin); the stand-in answers both kinds of call.
jest.mock('@/lib/db/pool', () => {
  const query = jest.fn();
  return { query, queryWithin: jest.fn((_limit: number, text: string, values?: unknown[]) => query(text, values)), STATEMENT_TIMEOUT_MS: 5000 };
});
const mockedQuery = jest.mocked(query);

function database({ stale, fits = Infinity }: { stale: number; fits?: number }) {
  const asked: number[] = [];
  mockedQuery.mockImplementation((async (_text: string, values: unknown[] = []) => {
    const size = values[0] as number;
    asked.push(size);
    if (size > fits) throw Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' });
    const done = Math.min(size, stale);
    stale -= done;
    return [{ done }];
  }) as typeof query);
  return { asked, left: () => stale };
}

afterEach(() => mockedQuery.mockReset());

describe('a batch', () => {
  it('that outlasts the statement timeout is asked again in halves until it fits', async () => {
    const db = database({ stale: 500, fits: 30 });
    expect(await catchUpBatch()).toEqual({ done: 25, asked: 25 });
    expect(db.asked).toEqual([100, 50, 25]);
  });

  it('gives up on a single story that does not fit, and on any other error at once', async () => {
    database({ stale: 5, fits: 0 });
    await expect(catchUpBatch()).rejects.toMatchObject({ code: '57014' });
    mockedQuery.mockRejectedValue(new Error('connection refused'));
    await expect(catchUpBatch()).rejects.toThrow('connection refused');
    expect(mockedQuery).toHaveBeenCalledTimes(1 + 7 + 1);
  });
});

describe('a tick of the clock', () => {
  it('computes every stale row, batch after batch, and stops at the first short batch', async () => {
    const db = database({ stale: 250 });
    const progress: number[] = [];
    expect(await catchUpSearch(60_000, (total) => progress.push(total))).toBe(250);
    expect(db.asked).toEqual([CATCH_UP_BATCH, CATCH_UP_BATCH, CATCH_UP_BATCH]);
    // What the script prints its progress from: the running total after each batch.
    expect(progress).toEqual([100, 200, 250]);
    expect(db.left()).toBe(0);
  });

  it('after halving, goes on at the size that worked, doubling again only after a run of batches that fitted', async () => {
    const db = database({ stale: 1000, fits: 30 });
    expect(await catchUpSearch(60_000)).toBe(1000);
    // 100 and 50 time out; 25 fits, and GROW_AFTER more batches of 25 fit before 50 is tried (and times out) again.
    const once = [100, 50, ...Array<number>(GROW_AFTER + 1).fill(25), 50];
    expect(db.asked.slice(0, once.length)).toEqual(once);
    expect(db.asked.filter((size) => size > 30)).toHaveLength(2 + Math.floor(1000 / 25 / (GROW_AFTER + 1)));
  });

  it('does one batch when its budget is spent, and only a probe when nothing is stale', async () => {
    const busy = database({ stale: 10_000 });
    expect(await catchUpSearch(0)).toBe(CATCH_UP_BATCH);
    expect(busy.asked).toEqual([CATCH_UP_BATCH]);
    const idle = database({ stale: 0 });
    expect(await catchUpSearch()).toBe(0);
    expect(idle.asked).toEqual([CATCH_UP_BATCH]);
  });
});

describe('the budget (SEARCH_CATCH_UP_MS)', () => {
  it('is 15 s unless set to a number of milliseconds, 0 or more; empty or nonsense is unset', () => {
    expect([undefined, '', ' ', 'abc', '-5'].map(catchUpBudgetMs)).toEqual([15_000, 15_000, 15_000, 15_000, 15_000]);
    expect(['0', '2500'].map(catchUpBudgetMs)).toEqual([0, 2500]);
  });
});
