import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres';

/**
 * A story's first publication is the moment readers could first see it (cms/collections/Articles.ts):
 * for a scheduled story, its publication time. Until now it was stamped when the schedule was saved,
 * so a story scheduled for later and called off before it came due answered 410 Gone for a URL nobody
 * had seen. Stories still waiting for their time get the moment they will appear — in the row readers
 * are served from and in its latest version, which the newsroom's hooks read.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  UPDATE articles SET first_published_at = published_at
   WHERE _status = 'published' AND published_at > now() AND first_published_at < published_at;
  UPDATE _articles_v SET version_first_published_at = version_published_at
   WHERE latest AND version__status = 'published' AND version_published_at > now() AND version_first_published_at < version_published_at;`);
}

/** Nothing to undo: the earlier stamp said nothing true that this one does not. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
