import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The zone beside each date an editor sets (cms/in-cairo-time.ts): always Cairo. Every story
 * and strip already stored gets it from the column's default — a constant, so PostgreSQL adds the
 * column without rewriting a million-story table — and so does every row the archive generator writes.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_publishedat_tz" AS ENUM('Africa/Cairo');
  CREATE TYPE "public"."enum_articles_revisedat_tz" AS ENUM('Africa/Cairo');
  CREATE TYPE "public"."enum_articles_correction_at_tz" AS ENUM('Africa/Cairo');
  CREATE TYPE "public"."enum__articles_v_version_publishedat_tz" AS ENUM('Africa/Cairo');
  CREATE TYPE "public"."enum__articles_v_version_revisedat_tz" AS ENUM('Africa/Cairo');
  CREATE TYPE "public"."enum__articles_v_version_correction_at_tz" AS ENUM('Africa/Cairo');
  CREATE TYPE "public"."enum_breaking_expiresat_tz" AS ENUM('Africa/Cairo');
  ALTER TABLE "articles" ADD COLUMN "publishedat_tz" "enum_articles_publishedat_tz" DEFAULT 'Africa/Cairo';
  ALTER TABLE "articles" ADD COLUMN "revisedat_tz" "enum_articles_revisedat_tz" DEFAULT 'Africa/Cairo';
  ALTER TABLE "articles" ADD COLUMN "correction_at_tz" "enum_articles_correction_at_tz" DEFAULT 'Africa/Cairo';
  ALTER TABLE "_articles_v" ADD COLUMN "version_publishedat_tz" "enum__articles_v_version_publishedat_tz" DEFAULT 'Africa/Cairo';
  ALTER TABLE "_articles_v" ADD COLUMN "version_revisedat_tz" "enum__articles_v_version_revisedat_tz" DEFAULT 'Africa/Cairo';
  ALTER TABLE "_articles_v" ADD COLUMN "version_correction_at_tz" "enum__articles_v_version_correction_at_tz" DEFAULT 'Africa/Cairo';
  ALTER TABLE "breaking" ADD COLUMN "expiresat_tz" "enum_breaking_expiresat_tz" DEFAULT 'Africa/Cairo' NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" DROP COLUMN "publishedat_tz";
  ALTER TABLE "articles" DROP COLUMN "revisedat_tz";
  ALTER TABLE "articles" DROP COLUMN "correction_at_tz";
  ALTER TABLE "_articles_v" DROP COLUMN "version_publishedat_tz";
  ALTER TABLE "_articles_v" DROP COLUMN "version_revisedat_tz";
  ALTER TABLE "_articles_v" DROP COLUMN "version_correction_at_tz";
  ALTER TABLE "breaking" DROP COLUMN "expiresat_tz";
  DROP TYPE "public"."enum_articles_publishedat_tz";
  DROP TYPE "public"."enum_articles_revisedat_tz";
  DROP TYPE "public"."enum_articles_correction_at_tz";
  DROP TYPE "public"."enum__articles_v_version_publishedat_tz";
  DROP TYPE "public"."enum__articles_v_version_revisedat_tz";
  DROP TYPE "public"."enum__articles_v_version_correction_at_tz";
  DROP TYPE "public"."enum_breaking_expiresat_tz";`)
}
