import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The newsroom's search by any spelling, beyond the stories' headlines (cms/search-key.ts), partly
 * written by hand: a tag's name, a picture's description and a breaking-news line keep their key — the
 * text folded as the stories' headline keys are (alwafd_headline_key, 20261202_072430_headline_search.ts:
 * the site search's fold with the hamza's seats dropped) — set by a trigger from the text on every
 * write, whoever writes it. The admin's list search and filters search the key with what the editor
 * typed, folded the same way: «احمد» finds «أحمد».
 *
 * Payload's `like` is ILIKE '%…%', which no B-tree answers: trigram indexes (pg_trgm,
 * 20261129_120000_search.ts) do, so a search of a million pictures' descriptions is not a read of the
 * table. A later change of the fold sets these keys again, as 20261203_100000_search_extended_marks.ts
 * does the headlines'.
 *
 * Existing rows get their keys here: one UPDATE of each table (tags and breaking news are small; the
 * pictures, one a story at most, are written again once).
 */

/** Each table's searched text and the column keeping its key. */
const KEYS = [
  { table: 'tags', text: 'name', key: 'name_key' },
  { table: 'media', text: 'alt', key: 'alt_key' },
  { table: 'breaking', text: 'text', key: 'text_key' },
] as const

const keepKeys = ({ table, text, key }: (typeof KEYS)[number]) => `
   ALTER TABLE "${table}" ADD COLUMN "${key}" varchar;
   CREATE FUNCTION alwafd_keep_${table}_${key}() RETURNS trigger LANGUAGE plpgsql AS $fn$
   BEGIN
     NEW.${key} := alwafd_headline_key(NEW.${text});
     RETURN NEW;
   END
   $fn$;
   CREATE TRIGGER ${table}_${key} BEFORE INSERT OR UPDATE ON "${table}" FOR EACH ROW EXECUTE FUNCTION alwafd_keep_${table}_${key}();
   UPDATE "${table}" SET "${key}" = alwafd_headline_key("${text}");
   CREATE INDEX "${table}_${key}_trigram_idx" ON "${table}" USING gin ("${key}" gin_trgm_ops);
   ANALYZE "${table}";`

const dropKeys = ({ table, key }: (typeof KEYS)[number]) => `
   DROP TRIGGER ${table}_${key} ON "${table}";
   DROP FUNCTION alwafd_keep_${table}_${key}();
   DROP INDEX "${table}_${key}_trigram_idx";
   ALTER TABLE "${table}" DROP COLUMN "${key}";`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(KEYS.map(keepKeys).join('\n')))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(KEYS.map(dropKeys).join('\n')))
}
