import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * A story no writer signs is signed by a desk ("قسم الاقتصاد") or by a person — a reporter who is not
 * one of the paper's columnists — and every name in `desk` read as a desk: «من منى الشاذلي», an
 * Organization to search engines. `byline_type` says who the name is (the Markdown front matter's
 * `bylineType`); every story and version already stored is a desk's, the column's default.
 *
 * The name column keeps its name, `desk`, though it may now hold a person's: the build migrates the
 * database while the last deployment still serves from it, and that deployment reads and writes
 * `desk` — renamed, every uncached story, preview and save there failed until the new one was live
 * (and for good, had the build then failed). A column with a constant default is a catalogue change
 * only, and the old deployment never names it.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_byline_type" AS ENUM('desk', 'person');
   CREATE TYPE "public"."enum__articles_v_version_byline_type" AS ENUM('desk', 'person');
   ALTER TABLE "articles" ADD COLUMN "byline_type" "enum_articles_byline_type" DEFAULT 'desk';
   ALTER TABLE "_articles_v" ADD COLUMN "version_byline_type" "enum__articles_v_version_byline_type" DEFAULT 'desk';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" DROP COLUMN "byline_type";
   ALTER TABLE "_articles_v" DROP COLUMN "version_byline_type";
   DROP TYPE "public"."enum_articles_byline_type";
   DROP TYPE "public"."enum__articles_v_version_byline_type";`)
}
