import type { PayloadRequest } from 'payload';
import { transactionDb } from './sql';

/** Where each reference lives: on a story's row and on its latest version (a draft waiting to replace it). */
const REFERENCES = {
  // A version whose story was deleted in SQL keeps a null parent: no story uses anything through it.
  image: { live: 'SELECT id FROM articles WHERE image_id = $ID', draft: 'SELECT parent_id FROM _articles_v WHERE latest AND parent_id IS NOT NULL AND version_image_id = $ID' },
  writer: { live: 'SELECT id FROM articles WHERE writer_id = $ID', draft: 'SELECT parent_id FROM _articles_v WHERE latest AND parent_id IS NOT NULL AND version_writer_id = $ID' },
  section: { live: 'SELECT id FROM articles WHERE section_id = $ID', draft: 'SELECT parent_id FROM _articles_v WHERE latest AND parent_id IS NOT NULL AND version_section_id = $ID' },
  tags: {
    live: `SELECT parent_id FROM articles_rels WHERE tags_id = $ID AND path = 'tags'`,
    draft: `SELECT v.parent_id FROM _articles_v_rels r JOIN _articles_v v ON v.id = r.parent_id WHERE r.tags_id = $ID AND r.path = 'version.tags' AND v.latest AND v.parent_id IS NOT NULL`,
  },
} as const;

/**
 * How many stories point at a document through `field` — their live copy or the draft waiting to
 * replace it. A picture, a tag, a writer or a section they point at is not deleted (409): the
 * database would empty the reference, and a story would lose its picture, its tag, its writer's name
 * or its section without anyone deciding so, while its cached page still showed them. One count in
 * the database, over the references' indexes: a tag on eleven thousand stories is not read into
 * memory to be refused.
 */
export async function storiesUsing(req: PayloadRequest, field: keyof typeof REFERENCES, id: number | string): Promise<number> {
  const { sql } = await import('@payloadcms/db-postgres');
  const target = Number(id);
  if (!Number.isSafeInteger(target)) return 0;
  const { live, draft } = REFERENCES[field];
  const statement = `SELECT count(*)::int AS n FROM (${live} UNION ${draft}) AS using_it`.replaceAll('$ID', String(target));
  const { rows } = await (await transactionDb(req)).execute(sql.raw(statement));
  return Number(rows[0]?.n ?? 0);
}
