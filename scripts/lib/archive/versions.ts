import type pg from 'pg';
import { ARCHIVE_BASE } from './range';

/** A story's columns as its version keeps them (`version_` + name), with the cast an enum of the versions' own needs. */
const COPIED: ReadonlyArray<readonly [name: string, cast?: string]> = [
  ['title'], ['summary'], ['body'], ['edition', 'enum__articles_v_version_edition'], ['section_id'], ['image_id'],
  ['published_at'], ['revised_at'], ['writer_id'], ['desk'], ['byline_type', 'enum__articles_v_version_byline_type'],
  ['translation_of_id'], ['correction_note'], ['correction_at'],
  ['sample'], ['author_id'], ['first_published_at'], ['updated_at'], ['created_at'], ['_status', 'enum__articles_v_version_status'],
  ['edited_by_id'],
];

const WRITE_VERSIONS = `
  WITH made AS (
    INSERT INTO _articles_v (parent_id, ${COPIED.map(([name]) => `version_${name}`).join(', ')}, created_at, updated_at, latest)
    SELECT a.id, ${COPIED.map(([name, cast]) => (cast ? `a.${name}::text::${cast}` : `a.${name}`)).join(', ')}, a.updated_at, a.updated_at, true
    FROM articles a
    WHERE a.id >= $1 AND a.id < $2 AND NOT EXISTS (SELECT 1 FROM _articles_v v WHERE v.parent_id = a.id)
    RETURNING id, parent_id
  ), tagged AS (
    INSERT INTO _articles_v_rels ("order", parent_id, path, tags_id)
    SELECT r."order", made.id, 'version.tags', r.tags_id
    FROM made JOIN articles_rels r ON r.parent_id = made.parent_id AND r.path = 'tags'
  )
  SELECT count(*)::integer AS n FROM made`;

/**
 * Every generated story gets the version row Payload keeps of every story (`_articles_v`, its tags in
 * `_articles_v_rels`), as if it had been published through the CMS once. The admin's list of stories
 * reads the latest version of each story, never the stories' table, so an archive written past the CMS
 * without them was missing from the newsroom's list — the stories were on the site, and opened in
 * the admin by number, but no editor could find one by its headline to correct or withdraw it.
 *
 * A pass after the batches, in chunks of ids, each its own statement, writing only the versions
 * missing: an archive generated before there were versions, or a run stopped before this pass, gets
 * them from the next run.
 *
 * Returns how many versions it wrote.
 */
export async function writeMissingVersions(db: pg.ClientBase, log: (line: string) => void, chunk = 20_000): Promise<number> {
  const { rows: [last] } = await db.query<{ top: number | null }>('SELECT max(id) AS top FROM articles WHERE id >= $1', [ARCHIVE_BASE]);
  const top = (last?.top ?? ARCHIVE_BASE - 1) + 1;
  let written = 0;
  let shown = performance.now();
  for (let lo = ARCHIVE_BASE; lo < top; lo += chunk) {
    const { rows } = await db.query<{ n: number }>(WRITE_VERSIONS, [lo, Math.min(top, lo + chunk)]);
    written += rows[0]!.n;
    if (performance.now() - shown > 3000) {
      log(`versions: ${written.toLocaleString('en-US')} written, up to id ${Math.min(top, lo + chunk).toLocaleString('en-US')}`);
      shown = performance.now();
    }
  }
  // Planner statistics for them at once: the admin's list and its search plan well from the first request.
  if (written) await db.query('ANALYZE _articles_v, _articles_v_rels');
  return written;
}
