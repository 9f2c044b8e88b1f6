import type pg from 'pg';
import { ARCHIVE_BASE } from './range';

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
 */
const WRITE_VERSIONS = `
  WITH made AS (
    INSERT INTO _articles_v (parent_id, version_title, version_summary, version_body, version_edition, version_section_id,
                             version_image_id, version_published_at, version_revised_at, version_writer_id, version_desk,
                             version_translation_of_id, version_correction_note, version_correction_at, version_sample,
                             version_author_id, version_first_published_at, version_updated_at, version_created_at,
                             version__status, version_edited_by_id, created_at, updated_at, latest)
    SELECT a.id, a.title, a.summary, a.body, a.edition::text::enum__articles_v_version_edition, a.section_id,
           a.image_id, a.published_at, a.revised_at, a.writer_id, a.desk,
           a.translation_of_id, a.correction_note, a.correction_at, a.sample,
           a.author_id, a.first_published_at, a.updated_at, a.created_at,
           a._status::text::enum__articles_v_version_status, a.edited_by_id, a.updated_at, a.updated_at, true
    FROM articles a
    WHERE a.id >= $1 AND a.id < $2 AND NOT EXISTS (SELECT 1 FROM _articles_v v WHERE v.parent_id = a.id)
    RETURNING id, parent_id
  ), tagged AS (
    INSERT INTO _articles_v_rels ("order", parent_id, path, tags_id)
    SELECT r."order", made.id, 'version.tags', r.tags_id
    FROM made JOIN articles_rels r ON r.parent_id = made.parent_id AND r.path = 'tags'
  )
  SELECT count(*)::integer AS n FROM made`;

/** Writes the missing versions of generated stories numbered below `top`; returns how many it wrote. */
export async function writeMissingVersions(db: pg.ClientBase, top: number, log: (line: string) => void, chunk = 20_000): Promise<number> {
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
