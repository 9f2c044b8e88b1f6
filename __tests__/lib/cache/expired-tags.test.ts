/** @jest-environment node */
import { createRequire } from 'node:module';
import path from 'node:path';
import { expireAgainAfterLateReads, LATE_READ_MS } from '@/lib/cache/expired-tags';
import { STATEMENT_TIMEOUT_MS } from '@/lib/db/pool';

/** Next's own table and checks, loaded as the server loads them (the module expireAgainAfterLateReads writes to). */
const load = createRequire(path.join(process.cwd(), 'package.json'));
const { areTagsExpired, areTagsStale } = load('next/dist/server/lib/incremental-cache/tags-manifest.external.js') as Record<
  'areTagsExpired' | 'areTagsStale',
  (tags: string[], timestamp: number) => boolean
>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a change’s tags expired once more after the reads begun before it', () => {
  it('waits longer than any query may run', () => {
    expect(LATE_READ_MS).toBeGreaterThan(STATEMENT_TIMEOUT_MS);
  });

  it('takes a copy stored after the first expiry — by a read of the rows before the change — for out of date', async () => {
    const tag = `edition:ar:${Date.now()}`;
    const lateCopyStoredAt = Date.now() - 1;
    expireAgainAfterLateReads([tag], undefined, 30);
    expect(areTagsExpired([tag], lateCopyStoredAt)).toBe(false);
    // Once the 30 ms have passed and the timer has run: on a busy machine (CI's tests, side by side)
    // a timer runs late, and a fixed 60 ms wait read it before it had (CI61).
    for (const start = Date.now(); !areTagsExpired([tag], lateCopyStoredAt) && Date.now() - start < 5_000; ) await sleep(10);
    // Expired, not only stale: the page is made again from fresh reads, not from that copy's rows.
    expect(areTagsExpired([tag], lateCopyStoredAt)).toBe(true);
    // A copy made after it is fresh.
    await sleep(2);
    expect(areTagsExpired([tag], Date.now())).toBe(false);
    expect(areTagsStale([tag], Date.now())).toBe(false);
  });
});
