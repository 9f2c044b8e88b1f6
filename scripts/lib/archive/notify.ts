import type pg from 'pg';
import { INDEX_BLOCK_IDS } from '@/lib/content/source';
import { ARCHIVE_BASE } from './range';

/**
 * Tells a running site what changed under it. The generator writes past the CMS, so the CMS's
 * hooks (which expire the cache tags of what an edit touched) never ran: without this, a site that
 * was already serving keeps its cached front pages, sections and tags until it is rebuilt.
 * POST /api/revalidate expires, for each story named, the story, its edition, section, tags and
 * sitemap file — so naming one live story per edition and section, one per tag touched and one per
 * block of ids (a sitemap file) reaches every listing.
 */

const MAX_IDS = 200; // lib/publishing/request.ts

/** Stories whose pages' tags cover the generated stories numbered [from, to). */
export async function storiesCovering(db: pg.ClientBase, from: number, to: number): Promise<number[]> {
  const { rows } = await db.query<{ id: number }>(
    `SELECT id FROM (
       SELECT DISTINCT ON (edition, section_id) id FROM articles
       WHERE id BETWEEN $1 AND $2 AND _status = 'published' AND published_at <= now()
       ORDER BY edition, section_id, published_at DESC
     ) per_section
     UNION
     SELECT DISTINCT ON (r.tags_id) r.parent_id FROM articles_rels r JOIN articles a ON a.id = r.parent_id
     WHERE r.parent_id BETWEEN $1 AND $2 AND r.path = 'tags' AND a._status = 'published' AND a.published_at <= now()
     UNION
     SELECT id FROM (  -- one per sitemap file: id / $3 is indexBlockOf (lib/content/source.ts)
       SELECT DISTINCT ON (edition, id / $3::int) id FROM articles
       WHERE id BETWEEN $1 AND $2 AND _status = 'published' AND published_at <= now()
       ORDER BY edition, id / $3::int, id
     ) per_file
     ORDER BY 1`,
    [ARCHIVE_BASE + from, ARCHIVE_BASE + to - 1, INDEX_BLOCK_IDS],
  );
  return rows.map((r) => r.id);
}

/**
 * Before a reset: real live stories that stand for every listing generated stories appear in —
 * one per edition and section, one per real tag a generated story shares.
 */
export async function realStoriesCovering(db: pg.ClientBase): Promise<number[]> {
  const { rows } = await db.query<{ id: number }>(
    `SELECT id FROM (
       SELECT DISTINCT ON (edition, section_id) id FROM articles
       WHERE id < $1 AND _status = 'published' AND published_at <= now()
       ORDER BY edition, section_id, published_at DESC
     ) per_section
     UNION
     SELECT DISTINCT ON (r.tags_id) r.parent_id FROM articles_rels r JOIN articles a ON a.id = r.parent_id
     WHERE r.parent_id < $1 AND r.path = 'tags' AND a._status = 'published' AND a.published_at <= now()
       AND r.tags_id IN (SELECT g.tags_id FROM articles_rels g WHERE g.parent_id >= $1 AND g.path = 'tags' AND g.tags_id < $1)
     ORDER BY 1`,
    [ARCHIVE_BASE],
  );
  return rows.map((r) => r.id);
}

export async function notifySite(site: string, secret: string, ids: readonly number[], log: (line: string) => void): Promise<void> {
  if (!ids.length) return log(`nothing for ${site} to refresh`);
  let tags = 0;
  for (let i = 0; i < ids.length; i += MAX_IDS) {
    const response = await fetch(`${site}/api/revalidate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${secret}` },
      body: JSON.stringify({ ids: ids.slice(i, i + MAX_IDS) }),
    });
    const answer = (await response.json().catch(() => ({}))) as { tags?: string[]; error?: string };
    if (!response.ok) throw new Error(`${site}/api/revalidate answered ${response.status}${answer.error ? `: ${answer.error}` : ''}`);
    tags += answer.tags?.length ?? 0;
  }
  log(`told ${site}: ${ids.length} stories named, ${tags} cache tags expired (front pages, sections, tags, sitemap files)`);
}
