/**
 * Deep pages without OFFSET's cost. OFFSET n reads and throws away n rows, so page 5,000 of a
 * section cost 5,000 times page 1. Instead a listing keeps "marks": the sort key (published_at, id)
 * of every MARK_SPACING-th row, newest first, found in one index-only walk and kept for a few
 * minutes. A page then starts from the nearest mark before it — `(published_at, id) < mark`, an
 * index condition — and skips fewer than MARK_SPACING rows: the same cost on every page.
 *
 * Marks go stale when stories are published or withdrawn; the CMS's cache expiry forgets them at
 * once (cms/hooks/revalidate.ts, the revalidate and publishing routes) and they live MARK_TTL_MS at
 * most in any case. The first MARK_SPACING rows never use a mark, so the recent pages are always exact.
 */

/** The sort key of a listing's row: newest first by publication time, then id. */
export interface Mark {
  at: Date;
  id: number;
}

export const MARK_SPACING = 1000;
export const MARK_TTL_MS = 5 * 60_000;
/** Listings remembered at once (each at most a few thousand marks, even at a million stories). */
const MAX_LISTINGS = 2000;

/** Where a page starts: after `after` (none: from the top), skipping `offset` rows. */
export interface Anchor {
  after?: Mark;
  offset: number;
}

/**
 * The anchor of the row at `offset` (0-based, newest first) given marks[j] = key of row
 * (j + 1) × spacing − 1. Past the last mark the rest is skipped from it: fewer than `spacing`
 * rows follow it (unless the listing grew since), so the cost stays bounded there too.
 */
export function anchorFor(offset: number, marks: readonly Mark[], spacing = MARK_SPACING): Anchor {
  if (!Number.isInteger(offset) || offset < 0) throw new RangeError(`offset ${offset}`);
  const block = Math.min(Math.floor(offset / spacing), marks.length);
  if (block === 0) return { offset };
  return { after: marks[block - 1], offset: offset - block * spacing };
}

/** The row offset of a page (1-based) of `pageSize` rows. */
export function pageOffset(page: number, pageSize: number): number {
  return (page - 1) * pageSize;
}

/** The key bounds for SQL: before everything when there is no mark. */
export function keyBound(anchor: Anchor): [Date | string, number] {
  return anchor.after ? [anchor.after.at, anchor.after.id] : ['infinity', 2147483647];
}

interface Held {
  at: number;
  marks: Promise<Mark[]>;
}

const MARKS = Symbol.for('alwafd.content.marks');
type Holder = { [MARKS]?: Map<string, Held> };

/** Shared through globalThis: Next bundles each route with its own copy of this module. */
function held(): Map<string, Held> {
  const holder = globalThis as Holder;
  return (holder[MARKS] ??= new Map());
}

/** The listing's marks, computed once per MARK_TTL_MS (concurrent readers share one computation). */
export function marksOf(listing: string, compute: () => Promise<Mark[]>, now = Date.now()): Promise<Mark[]> {
  const map = held();
  const hit = map.get(listing);
  if (hit && now - hit.at < MARK_TTL_MS) return hit.marks;
  if (map.size >= MAX_LISTINGS) map.delete(map.keys().next().value!);
  const marks = compute();
  map.set(listing, { at: now, marks });
  marks.catch(() => map.get(listing)?.marks === marks && map.delete(listing));
  return marks;
}

/** Forget every listing's marks: content changed. */
export function forgetMarks(): void {
  held().clear();
}
