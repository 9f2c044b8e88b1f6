import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The media store's columns (payload.config.ts: vercelBlobStorage's alwaysInsertFields), in the
 * schema whether or not a store is configured: a deployment with BLOB_READ_WRITE_TOKEN asked for
 * them, and no migration had made them. Adding a nullable column (or one with a constant default) is
 * instant in PostgreSQL: no table rewrite.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "media" ADD COLUMN "_objectkey" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" DROP COLUMN "prefix";
  ALTER TABLE "media" DROP COLUMN "_objectkey";`)
}
