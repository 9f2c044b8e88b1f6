import { pruneExpiredTags, restoreExpiredTags } from './expired-tags';

/** How long a starting server waits for the database before it answers readers from its cache. */
const START_WAIT_MS = 3000;
const RETRY_MS = 10_000;

/**
 * A starting server puts back the cache tags the newsroom expired before it (lib/cache/expired-tags)
 * before it answers anyone. A database that is down or slow does not hold the start for long: the
 * server then answers from its cache — the last good pages — and reads the expirations back as
 * soon as the database answers.
 */
export async function restoreExpiredTagsAtStart(): Promise<void> {
  const attempt = async () => {
    const restored = await restoreExpiredTags();
    if (restored === undefined) console.warn('[cache] this Next keeps no table of expired cache tags where expected: a restart may serve copies the newsroom expired');
    void pruneExpiredTags().catch(() => {});
  };
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${START_WAIT_MS} ms`)), START_WAIT_MS).unref());
  try {
    await Promise.race([attempt(), timeout]);
  } catch (error) {
    console.warn(`[cache] could not read back the expired cache tags (${(error as Error).message}); trying again every ${RETRY_MS / 1000} s`);
    const timer = setInterval(() => {
      attempt().then(
        () => {
          clearInterval(timer);
          console.warn('[cache] expired cache tags read back');
        },
        () => {},
      );
    }, RETRY_MS);
    timer.unref();
  }
}
