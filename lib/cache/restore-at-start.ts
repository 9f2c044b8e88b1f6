import { pruneExpiredTags, restoreExpiredTags } from './expired-tags';

/** How long a starting server waits for the database before it answers readers from its cache. */
const START_WAIT_MS = 3000;
/** How often a running server reads the expirations other servers wrote down. */
const FOLLOW_MS = 10_000;
/** Read again on each turn: a change committed late, or written by a server whose clock is behind. */
const OVERLAP_MS = 60_000;

/**
 * A starting server puts back the cache tags the newsroom expired before it (lib/cache/expired-tags)
 * before it answers anyone. A database that is down or slow does not hold the start for long: the
 * server then answers from its cache — the last good pages — and reads the expirations as soon as
 * the database answers. Then, every FOLLOW_MS, it reads the ones written since: several servers on
 * one database (self-hosted, each with its own cache) learn each other's expirations within seconds.
 */
export async function restoreExpiredTagsAtStart(): Promise<void> {
  let since: number | undefined;
  let restored = false;
  const read = async () => {
    const result = await restoreExpiredTags(since === undefined ? undefined : since - OVERLAP_MS);
    if (!result) {
      console.warn('[cache] this Next keeps no table of expired cache tags where expected: a restart may serve copies the newsroom expired');
      return false;
    }
    since = result.latest;
    if (!restored) void pruneExpiredTags().catch(() => {});
    restored = true;
    return true;
  };
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${START_WAIT_MS} ms`)), START_WAIT_MS).unref());
  try {
    if (!(await Promise.race([read(), timeout]))) return;
  } catch (error) {
    console.warn(`[cache] could not read back the expired cache tags (${(error as Error).message}); trying again every ${FOLLOW_MS / 1000} s`);
  }
  // A following read that fails is said once, when the reads start failing, and again when they
  // recover: an outage of minutes is two lines in the log, not one every ten seconds (or none).
  // A start without the database has said so already.
  let failing = !restored;
  const timer = setInterval(() => {
    read().then(
      (ok) => {
        if (!ok) clearInterval(timer);
        else if (failing) console.warn('[cache] expired cache tags read back');
        failing = false;
      },
      (error: Error) => {
        if (!failing) console.warn(`[cache] could not read the expired cache tags (${error.message}); trying again every ${FOLLOW_MS / 1000} s`);
        failing = true;
      },
    );
  }, FOLLOW_MS);
  timer.unref();
}
