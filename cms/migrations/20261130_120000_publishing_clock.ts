import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres';

/**
 * Written by hand: a table Payload does not describe. Where the publishing clock's last completed
 * tick left off (lib/publishing/sweep.ts), so a tick that was missed — a restart, a failed call, a
 * scheduler that ran late — is made up by the next one instead of leaving a story that came due in
 * the gap off every listing. One row.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "publishing_clock" (
    "id" smallint PRIMARY KEY DEFAULT 1 CHECK ("id" = 1),
    "swept_until" timestamp(3) with time zone NOT NULL
  );`);
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE "publishing_clock";`);
}
