/**
 * Next's page and data cache (its file-system cache: in memory, and on disk in the build folder),
 * given to Next through next.config's `cacheHandler`, with two mends for copies made around a change
 * in the newsroom. Plain JavaScript: Next loads this file itself, outside the build's bundles.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- Next loads this file itself, as CommonJS outside the bundles.
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default;

const COPY_JUDGE = Symbol.for('alwafd.cache.copy-begun-before-a-change');

class PageCache extends FileSystemCache {
  /**
   * A copy begun before a change to what it shows is not stored (lib/cache/copies-begun-before-a-change.ts,
   * whose judge the server registers at start; until then — a build — every copy is).
   */
  async set(key, data, context) {
    const begunBeforeAChange = globalThis[COPY_JUDGE];
    if (data && typeof begunBeforeAChange === 'function' && begunBeforeAChange(data, context)) return;
    return super.set(key, data, context);
  }

  /**
   * Next dates copies and expiries to the millisecond and takes a copy stored in the same millisecond
   * as an expiry of its tags for fresh: a page finished just before a change, in the millisecond the
   * change expired it, was kept (5 of 100 posts while readers browsed). The expiry waits for the next
   * millisecond — without yielding, so that no copy is stored in between.
   */
  revalidateTag(tags, durations) {
    const called = Date.now();
    while (Date.now() === called) {
      // Less than a millisecond, once per change.
    }
    return super.revalidateTag(tags, durations);
  }
}

module.exports = PageCache;
