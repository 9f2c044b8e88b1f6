import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * How the paper's five sections read inside an English sentence ("The latest sports news from
 * Al-Wafd"), as content/newsroom.json now says: a database made before that file had them holds
 * none (the import never rewrites an existing section), and would print "The latest Opinion news".
 * Only where the newsroom has not written its own.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  UPDATE "sections" AS s SET "in_sentence_en" = v.words
  FROM (VALUES ('news', 'news'), ('economy', 'economic news'), ('technology', 'technology news'), ('sports', 'sports news'), ('opinion', 'opinion pieces')) AS v(slug, words)
  WHERE s."slug" = v.slug AND s."in_sentence_en" IS NULL;`)
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // The words stay: they are the newsroom's data now, indistinguishable from its own edits.
}
