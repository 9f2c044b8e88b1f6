/**
 * A small, bounded, short-lived memory of listing pages found to exist, for the proxy. The proxy
 * runs outside Next's data cache, so without it every request for a section, tag or writer page —
 * cached page or not — asked the database for that page again (at page 5,000, a deep read).
 *
 * Only "found" is remembered: a page that does not exist yet (a tag before its first story) must
 * become one the moment it has a story, and junk URLs must not fill anything. A page that stops
 * existing is answered by the page itself (notFound()) until its entry ends, at most `ttlMs` later.
 */
export interface FoundMemo {
  has(key: string): boolean;
  add(key: string): void;
  readonly size: number;
}

export function foundMemo({ capacity, ttlMs, now = Date.now }: { capacity: number; ttlMs: number; now?: () => number }): FoundMemo {
  // A Map keeps insertion order: the first key is the oldest entry, dropped when full.
  const until = new Map<string, number>();
  return {
    has(key) {
      const end = until.get(key);
      if (end === undefined) return false;
      if (end > now()) return true;
      until.delete(key);
      return false;
    },
    add(key) {
      until.delete(key);
      until.set(key, now() + ttlMs);
      while (until.size > capacity) until.delete(until.keys().next().value!);
    },
    get size() {
      return until.size;
    },
  };
}
