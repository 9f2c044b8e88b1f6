import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "writers" ADD COLUMN "photo_alt_ar" varchar;
  ALTER TABLE "writers" ADD COLUMN "photo_alt_en" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "writers" DROP COLUMN "photo_alt_ar";
  ALTER TABLE "writers" DROP COLUMN "photo_alt_en";`)
}
