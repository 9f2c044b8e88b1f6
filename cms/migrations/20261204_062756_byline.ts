import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * A story no writer signs is signed by a desk ("قسم الاقتصاد") or by a person — a reporter who is not
 * one of the paper's columnists. The stored name was called `desk` and every one of them read as a
 * desk: «من أحمد علي», an Organization to search engines. The column is the story's byline now, and
 * `byline_type` says who it names (the Markdown front matter's `byline` and `bylineType`).
 *
 * Renaming a column and adding one with a constant default change the catalogue only: no table is
 * rewritten, at a million stories as at ten. Every story and version already stored is a desk's.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" RENAME COLUMN "desk" TO "byline";
   ALTER TABLE "_articles_v" RENAME COLUMN "version_desk" TO "version_byline";
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
   DROP TYPE "public"."enum__articles_v_version_byline_type";
   ALTER TABLE "articles" RENAME COLUMN "byline" TO "desk";
   ALTER TABLE "_articles_v" RENAME COLUMN "version_byline" TO "version_desk";`)
}
