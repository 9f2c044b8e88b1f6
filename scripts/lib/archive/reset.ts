import type pg from 'pg';
import { analyze, forgetParameters } from './db';
import { ARCHIVE_BASE } from './range';

/**
 * `--reset`: removes what the generator made and nothing else — its stories (their tags' rows go
 * with them, as do their versions: the generator's and any an editor saved), then its tags and writers unless a real story
 * has come to use them, then the archive's seed and anchor. Real stories, tags, writers and
 * pictures stay as they are. In chunks, each its own transaction, so a large archive shows progress
 * and an interrupted reset can simply be run again.
 */
export async function resetArchive(db: pg.ClientBase, log: (line: string) => void, chunk = 20_000): Promise<number> {
  const { rows } = await db.query<{ n: string; top: number | null }>('SELECT count(*) AS n, max(id) AS top FROM articles WHERE id >= $1', [ARCHIVE_BASE]);
  const total = Number(rows[0]!.n);
  const top = rows[0]!.top ?? ARCHIVE_BASE;
  let removed = 0;
  let shown = performance.now();
  // Newest numbers first: a translation (n) goes before its original (n - 1), so no reference to
  // a deleted story is ever nulled out in a row that is about to go too.
  for (let hi = top + 1; hi > ARCHIVE_BASE; hi -= chunk) {
    const lo = Math.max(ARCHIVE_BASE, hi - chunk);
    // Their versions first (each story has one: scripts/lib/archive/versions.ts), so deleting the
    // stories nulls out no version's parent.
    await db.query('DELETE FROM _articles_v WHERE parent_id >= $1 AND parent_id < $2', [lo, hi]);
    removed += (await db.query('DELETE FROM articles WHERE id >= $1 AND id < $2', [lo, hi])).rowCount ?? 0;
    if (performance.now() - shown > 3000) {
      log(`removed ${removed.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} generated stories`);
      shown = performance.now();
    }
  }
  const tags = await db.query(
    `DELETE FROM tags t WHERE t.id >= $1
       AND NOT EXISTS (SELECT 1 FROM articles_rels r WHERE r.tags_id = t.id)
       AND NOT EXISTS (SELECT 1 FROM _articles_v_rels r WHERE r.tags_id = t.id)`,
    [ARCHIVE_BASE],
  );
  const writers = await db.query(
    `DELETE FROM writers w WHERE w.id >= $1
       AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.writer_id = w.id)
       AND NOT EXISTS (SELECT 1 FROM _articles_v v WHERE v.version_writer_id = w.id)`,
    [ARCHIVE_BASE],
  );
  await forgetParameters(db);
  await analyze(db);
  log(`reset: removed ${removed.toLocaleString('en-US')} generated stories, ${tags.rowCount} tags and ${writers.rowCount} writers; real stories untouched`);
  return removed;
}
