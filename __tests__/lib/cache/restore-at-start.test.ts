/** @jest-environment node */
import { restoreExpiredTagsAtStart } from '@/lib/cache/restore-at-start';
import { pruneExpiredTags, restoreExpiredTags } from '@/lib/cache/expired-tags';

jest.mock('@/lib/cache/expired-tags', () => ({ restoreExpiredTags: jest.fn(), pruneExpiredTags: jest.fn() }));

const restore = restoreExpiredTags as jest.MockedFunction<typeof restoreExpiredTags>;
const warnings = () => (console.warn as jest.Mock).mock.calls.map((call) => String(call[0]));

/** Lets the interval's read and its logging run. */
async function tick(ms: number) {
  await jest.advanceTimersByTimeAsync(ms);
}

beforeEach(() => {
  jest.useFakeTimers();
  jest.spyOn(console, 'warn').mockImplementation(() => {});
  (pruneExpiredTags as jest.Mock).mockResolvedValue(undefined);
  restore.mockReset();
});
afterEach(() => {
  jest.clearAllTimers();
  jest.useRealTimers();
  jest.restoreAllMocks();
});

test('a database that fails while the server runs is logged once when the reads start failing and once when they recover', async () => {
  restore.mockResolvedValueOnce({ latest: 1000 } as Awaited<ReturnType<typeof restoreExpiredTags>>);
  await restoreExpiredTagsAtStart();
  expect(warnings()).toEqual([]);

  restore.mockRejectedValue(new Error('connection refused'));
  await tick(10_000 * 6);
  expect(warnings()).toEqual(['[cache] could not read the expired cache tags (connection refused); trying again every 10 s']);

  restore.mockResolvedValue({ latest: 2000 } as Awaited<ReturnType<typeof restoreExpiredTags>>);
  await tick(10_000 * 3);
  expect(warnings()).toEqual([
    '[cache] could not read the expired cache tags (connection refused); trying again every 10 s',
    '[cache] expired cache tags read back',
  ]);
});

test('a start without the database is said at the start, and the recovery once', async () => {
  restore.mockRejectedValueOnce(new Error('no server')).mockRejectedValueOnce(new Error('no server'));
  restore.mockResolvedValue({ latest: 1 } as Awaited<ReturnType<typeof restoreExpiredTags>>);
  await restoreExpiredTagsAtStart();
  await tick(10_000 * 4);
  expect(warnings()).toEqual([
    '[cache] could not read back the expired cache tags (no server); trying again every 10 s',
    '[cache] expired cache tags read back',
  ]);
});
