import { AsyncLocalStorage } from 'node:async_hooks';
import { STATEMENT_TIMEOUT_MS } from '@/lib/db/pool';
import { nextTagsManifest, type TagsManifest } from './expired-tags';

/**
 * No copy made from reads begun before a change is kept after it.
 *
 * A change in the newsroom expires its cache tags once it is committed (cms/hooks/revalidate.ts),
 * and Next takes every copy stored before that moment for out of date. But Next dates a copy by
 * when it is stored, not by when its page began: a page a reader asked for just before the commit,
 * its rows read before it, was stored just after the expiry and counted as fresh — the front page
 * without the breaking line just posted, served to every reader until the tags were expired a second
 * time, six seconds later. With readers browsing it was not rare: a breaking line was missing from a
 * page read 100 ms after its post in 28 of 100 posts (BENCHMARKS.md, "Pages begun before a change").
 *
 * So the server layer dates each request from when it hands it to Next (lib/server/install), and
 * the page cache (lib/cache/page-cache-handler.cjs: Next's own, through its `cacheHandler` option)
 * does not store a copy one of whose tags was expired after its request began: the next reader's
 * page is made from the committed rows. The reader who asked before the change still gets the page
 * as it stood when asked; only the cache does not keep it.
 */

/**
 * How long a read may still be running: every query ends within STATEMENT_TIMEOUT_MS (lib/db/pool),
 * and a second is left for what it read to be stored.
 */
export const LATE_READ_MS = STATEMENT_TIMEOUT_MS + 1000;

const requestBegan = new AsyncLocalStorage<number>();

/** Runs Next's work for a request dated from now: every copy it stores is judged by this time. */
export function handOver<T>(work: () => T, at = Date.now()): T {
  return requestBegan.run(at, work);
}

/**
 * When the work storing a copy began. Work outside any request (none is expected: every page is
 * asked for) is taken to have begun as long ago as a read may still be running.
 */
export function workBegan(now = Date.now()): number {
  return requestBegan.getStore() ?? now - LATE_READ_MS;
}

/** Next's name for the header holding a stored page's cache tags (comma-separated). */
const CACHE_TAGS_HEADER = 'x-next-cache-tags';

/**
 * The cache tags of a copy about to be stored: a page's or route's are in its headers, a cached
 * read's (unstable_cache) are given beside it.
 */
export function copyTags(data: unknown, context: unknown): string[] {
  const given = (context as { tags?: unknown } | undefined)?.tags;
  if (Array.isArray(given)) return given.filter((tag): tag is string => typeof tag === 'string');
  const header = (data as { headers?: Record<string, unknown> } | null | undefined)?.headers?.[CACHE_TAGS_HEADER];
  return typeof header === 'string' && header ? header.split(',') : [];
}

/** Whether one of the tags was expired (not merely marked stale, nor set to expire later) since `began`. */
export function expiredSince(tags: readonly string[], began: number, manifest: TagsManifest, now = Date.now()): boolean {
  return tags.some((tag) => {
    const expired = manifest.get(tag)?.expired;
    return expired !== undefined && expired >= began && expired <= now;
  });
}

/** Where the page cache (lib/cache/page-cache-handler.cjs, plain JavaScript Next loads itself) finds the judge. */
export const COPY_JUDGE = Symbol.for('alwafd.cache.copy-begun-before-a-change');

/** Whether a copy about to be stored was begun before a change to what it shows. */
type CopyJudge = (data: unknown, context: unknown) => boolean;

/**
 * Gives the page cache its judge: until then (a build, a script) every copy is stored. False when
 * this Next has moved its table of expired tags, and there is nothing to judge by.
 */
export function judgeCopiesBegunBeforeAChange(manifest: TagsManifest | undefined = nextTagsManifest()): boolean {
  if (!manifest) return false;
  const judge: CopyJudge = (data, context) => expiredSince(copyTags(data, context), workBegan(), manifest);
  (globalThis as Record<symbol, unknown>)[COPY_JUDGE] = judge;
  return true;
}
