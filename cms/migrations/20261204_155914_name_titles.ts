import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * A section's and a writer's title, and its key (cms/name-title.ts), partly written by hand: Payload
 * describes the two columns; a trigger keeps them from the names on every write, whoever writes the
 * row — the title the Arabic name then the English, the key the names folded as the stories' headline
 * keys are (alwafd_headline_key, 20261202_072430_headline_search.ts) with the slug and, for a section,
 * its name inside a sentence, for a writer, the column's name. Existing rows get both here (a few
 * dozen sections and writers). No trigram index: the tables stay small enough to read whole.
 *
 * Adding columns while the last deployment still serves (the build migrates first) is safe: it never
 * names them, and its writes get them from the trigger too.
 */

/** Each table and the texts its key is folded from, besides the names. */
const TITLES = [
  { table: 'sections', searched: ['name_ar', 'name_en', 'in_sentence_ar', 'in_sentence_en', 'slug'] },
  { table: 'writers', searched: ['name_ar', 'name_en', 'column_ar', 'column_en', 'slug'] },
] as const

const keepTitle = ({ table, searched }: (typeof TITLES)[number]) => `
   ALTER TABLE "${table}" ADD COLUMN "title" varchar;
   ALTER TABLE "${table}" ADD COLUMN "title_key" varchar;
   CREATE FUNCTION alwafd_keep_${table}_title() RETURNS trigger LANGUAGE plpgsql AS $fn$
   BEGIN
     NEW.title := NEW.name_ar || ' — ' || NEW.name_en;
     NEW.title_key := alwafd_headline_key(concat_ws(' ', ${searched.map((column) => `NEW.${column}`).join(', ')}));
     RETURN NEW;
   END
   $fn$;
   CREATE TRIGGER ${table}_title BEFORE INSERT OR UPDATE ON "${table}" FOR EACH ROW EXECUTE FUNCTION alwafd_keep_${table}_title();
   -- Every write sets both (the trigger above): each existing row is written once.
   UPDATE "${table}" SET "title" = NULL;`

const dropTitle = ({ table }: (typeof TITLES)[number]) => `
   DROP TRIGGER ${table}_title ON "${table}";
   DROP FUNCTION alwafd_keep_${table}_title();
   ALTER TABLE "${table}" DROP COLUMN "title";
   ALTER TABLE "${table}" DROP COLUMN "title_key";`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(TITLES.map(keepTitle).join('\n')))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(TITLES.map(dropTitle).join('\n')))
}
