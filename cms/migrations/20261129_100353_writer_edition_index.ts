import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "articles_writer_published_idx";
  CREATE INDEX "articles_writer_published_idx" ON "articles" USING btree ("writer_id","edition","published_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE _status = 'published';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "articles_writer_published_idx";
  CREATE INDEX "articles_writer_published_idx" ON "articles" USING btree ("writer_id","published_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE _status = 'published';`)
}
