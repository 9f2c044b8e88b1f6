import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * tags_edition_lower_name_idx (cms/indexes.ts): a tag page asked in other letter case
 * (/en/tag/spacex for SpaceX) finds the one spelling the edition has by one probe of this index,
 * not by reading every tag's name. ANALYZE gives the planner statistics on the expression.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "tags_edition_lower_name_idx" ON "tags" USING btree ("edition",lower("name"));
   ANALYZE "tags";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "tags_edition_lower_name_idx";`)
}
