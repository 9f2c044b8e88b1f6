import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres';

/**
 * Written by hand: a table Payload does not describe. Views of each story, counted per hour
 * (lib/reads): no reader, cookie or address is stored — only how many times a story was read in
 * an hour. "Most read" sums the last 24 hours of an edition; hours older than two days are pruned.
 * The edition is copied from the story when it is counted, so the ranking reads one index range.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "article_reads" (
    "article_id" integer NOT NULL REFERENCES "articles"("id") ON DELETE CASCADE,
    "hour" timestamp(0) with time zone NOT NULL,
    "edition" "enum_articles_edition" NOT NULL,
    "views" integer NOT NULL DEFAULT 0 CHECK ("views" >= 0),
    PRIMARY KEY ("article_id", "hour")
  );
  -- Top stories of an edition since an hour (and, by skip scan, the pruning of old hours).
  CREATE INDEX "article_reads_edition_hour_idx" ON "article_reads" USING btree ("edition", "hour") INCLUDE ("article_id", "views");`);
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE "article_reads";`);
}
