import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The newsroom's search by headline (cms/indexes.ts): the admin's list asks for the latest version
 * of each story whose headline contains what the editor typed — Payload's `like`, ILIKE '%…%' —
 * and for their count. No B-tree answers that; at a million stories each read the whole versions
 * table (2 s for the count alone). A trigram index (pg_trgm, 20261129_120000_search.ts) answers it,
 * for the latest versions (the list reads no other) and for the stories themselves (the API read
 * without drafts).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "articles_title_trigram_idx" ON "articles" USING gin ("title" gin_trgm_ops);
   CREATE INDEX "_articles_v_latest_title_trigram_idx" ON "_articles_v" USING gin ("version_title" gin_trgm_ops) WHERE latest;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "articles_title_trigram_idx";
   DROP INDEX "_articles_v_latest_title_trigram_idx";`)
}
