import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * When each cache tag was last expired by a change in the newsroom (lib/cache/expired-tags.ts).
 * Next keeps tag expirations in the server's memory only, while the cached reads and pages they
 * expire stay on disk: a restarted server would serve what was withdrawn before it. A new server
 * process reads these back before it answers anyone. One row per tag, however often it expires.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE IF NOT EXISTS "cache_tag_expirations" (
    "tag" text PRIMARY KEY,
    "expired_at_ms" bigint NOT NULL
  );
  CREATE INDEX IF NOT EXISTS "cache_tag_expirations_expired_at_ms_idx" ON "cache_tag_expirations" ("expired_at_ms");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "cache_tag_expirations";`)
}
