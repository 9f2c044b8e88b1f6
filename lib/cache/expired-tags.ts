import { createRequire } from 'node:module';
import path from 'node:path';
import { revalidateTag } from 'next/cache';
import { query } from '@/lib/db/pool';

/**
 * Expiring cache tags so that a restart remembers it.
 *
 * A change in the newsroom expires the cache tags of what it touched (lib/content/tags), and Next
 * then renders those pages and reads afresh. But Next keeps a self-hosted server's tag expirations
 * in that process's memory only, while the cached reads and pages stay on disk: a server restarted
 * on the same build (a deploy of the same commit, a crash, a machine reboot) took every cached copy
 * for current again, and a story withdrawn before the restart was back on the front page after it.
 * So each expiration is also written down (cache_tag_expirations, one row per tag), and a new server
 * process puts them back into Next's table of expired tags before it answers anyone
 * (instrumentation.ts). On Vercel the platform keeps tag expirations itself.
 */

/** Next's own table of tag expirations (the one its file-system cache consults), milliseconds since 1970. */
export type TagsManifest = Map<string, { stale?: number; expired?: number }>;

/** How long a written-down expiration is kept: longer than any server runs one build. */
const KEEP_DAYS = 90;
/** How far ahead of this server's clock another server's may be and still be believed. */
const CLOCK_SKEW_MS = 60_000;

/**
 * Next's table, loaded the way Next's server loads it (one module instance per process; a copy
 * bundled into our code would be a second, unread table). Undefined if this Next has moved it.
 */
export function nextTagsManifest(): TagsManifest | undefined {
  try {
    const load = createRequire(path.join(process.cwd(), 'package.json'));
    const manifest = (load('next/dist/server/lib/incremental-cache/tags-manifest.external.js') as { tagsManifest?: unknown }).tagsManifest;
    return manifest instanceof Map ? (manifest as TagsManifest) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes the expirations down, the last one per tag. The last written, not the latest dated: a time
 * from a server whose clock ran ahead would otherwise stay and hide every later expiry of the tag
 * (times that far ahead are not read back). A failure is logged: this process has expired them anyway.
 */
export async function recordExpiredTags(tags: readonly string[], at = Date.now()): Promise<void> {
  // On Vercel the platform keeps expirations and nothing reads these back (instrumentation.ts).
  if (!tags.length || process.env.VERCEL === '1') return;
  try {
    await query(
      `INSERT INTO cache_tag_expirations (tag, expired_at_ms)
       SELECT tag, $2::bigint FROM unnest($1::text[]) AS t(tag)
       ON CONFLICT (tag) DO UPDATE SET expired_at_ms = excluded.expired_at_ms`,
      [[...new Set(tags)], at],
    );
  } catch (error) {
    console.error(`[cache] could not write down the expiry of ${tags.length} cache tag(s); a restart before their next change may serve old copies`, error);
  }
}

/**
 * Expires the tags now, in this process's page and data cache (`{ expire: 0 }`: no stale copy is
 * served, the next request renders afresh), and writes them down for the next process.
 */
export async function expireTags(tags: readonly string[], onRefused?: (tag: string, error: Error) => void): Promise<void> {
  if (!tags.length) return;
  const at = Date.now();
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch (error) {
      // One tag refused is no reason to keep the others' pages stale.
      onRefused?.(tag, error as Error);
    }
  }
  await recordExpiredTags(tags, at);
}

/** Writes an expiry into Next's table as revalidateTag(tag, { expire: 0 }) would: every copy made before `at` is out of date. */
function markExpired(manifest: TagsManifest, tag: string, at: number): void {
  const known = manifest.get(tag);
  manifest.set(tag, { ...known, stale: Math.max(known?.stale ?? 0, at), expired: at });
}

/**
 * Puts the written-down expirations back into Next's table: every cached copy made before its tag's
 * last expiry is then out of date, as it was for the process that expired it. `since` (ms) reads only
 * the ones written since then. Returns how many tags were read and the latest expiry among them, or
 * undefined when there is nothing to restore into (Next moved its table).
 */
export async function restoreExpiredTags(
  since = Date.now() - KEEP_DAYS * 86_400_000,
  manifest: TagsManifest | undefined = nextTagsManifest(),
): Promise<{ tags: number; latest: number } | undefined> {
  if (!manifest) return undefined;
  const now = Date.now();
  // A time ahead of this server's clock (another server's clock is fast) would mark every copy of the
  // tag stale until then — each page it touches uncacheable for as long: such a row is not read.
  const rows = await query<{ tag: string; expired_at_ms: string }>(
    `SELECT tag, expired_at_ms FROM cache_tag_expirations WHERE expired_at_ms > $1 AND expired_at_ms <= $2`,
    [since, now + CLOCK_SKEW_MS],
  );
  let latest = since;
  for (const { tag, expired_at_ms } of rows) {
    const at = Math.min(Number(expired_at_ms), now);
    latest = Math.max(latest, at);
    const known = manifest.get(tag);
    // This process may have expired the tag itself since: keep the later time.
    if (known?.expired !== undefined && known.expired >= at) continue;
    markExpired(manifest, tag, at);
  }
  return { tags: rows.length, latest };
}

/**
 * Forgets expirations older than any copy a running server could still hold — by the database's
 * clock, which every server shares: a server whose own clock ran ahead deleted everyone's rows.
 */
export async function pruneExpiredTags(): Promise<void> {
  await query(`DELETE FROM cache_tag_expirations WHERE expired_at_ms < (extract(epoch FROM now()) * 1000)::bigint - $1::bigint`, [KEEP_DAYS * 86_400_000]);
}
