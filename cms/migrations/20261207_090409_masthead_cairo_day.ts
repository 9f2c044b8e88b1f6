import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The zone beside a masthead term's first day (cms/globals/Masthead.ts, cms/in-cairo-time.ts):
 * always Cairo, so the admin's day picker shows and picks days in Cairo's calendar on any computer.
 * Terms already stored get it from the column's default, a constant (no table rewrite).
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_masthead_terms_effectivefrom_tz" AS ENUM('Africa/Cairo');
  CREATE TYPE "public"."enum__masthead_v_version_terms_effectivefrom_tz" AS ENUM('Africa/Cairo');
  ALTER TABLE "masthead_terms" ADD COLUMN "effectivefrom_tz" "enum_masthead_terms_effectivefrom_tz" DEFAULT 'Africa/Cairo';
  ALTER TABLE "_masthead_v_version_terms" ADD COLUMN "effectivefrom_tz" "enum__masthead_v_version_terms_effectivefrom_tz" DEFAULT 'Africa/Cairo';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "masthead_terms" DROP COLUMN "effectivefrom_tz";
  ALTER TABLE "_masthead_v_version_terms" DROP COLUMN "effectivefrom_tz";
  DROP TYPE "public"."enum_masthead_terms_effectivefrom_tz";
  DROP TYPE "public"."enum__masthead_v_version_terms_effectivefrom_tz";`)
}
