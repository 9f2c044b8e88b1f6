import { searchKey } from './search-key';
import type { SqlRunner } from './sql';

/**
 * The edition's tag a name names, however it is spelled — as the newsroom's search folds it
 * (cms/search-key: «الطاقه» is «الطاقة», «spacex» is «SpaceX»), the exact spelling first. One rule for
 * a tag made in the admin (refused, naming this one: cms/collections/Tags.ts) and for a name a story
 * sends (given this one: cms/collections/Articles.ts), so no second spelling makes a second tag page.
 */
export async function tagNamed(db: SqlRunner, edition: string, name: string, except = 0): Promise<{ id: number; name: string } | undefined> {
  const { sql } = await import('@payloadcms/db-postgres');
  const { rows } = await db.execute(
    sql`SELECT id, name FROM tags WHERE edition = ${edition} AND (name = ${name} OR name_key = ${searchKey(name)}) AND id <> ${except}
        ORDER BY name = ${name} DESC, id LIMIT 1`,
  );
  const row = rows[0];
  return row ? { id: Number(row.id), name: String(row.name) } : undefined;
}
