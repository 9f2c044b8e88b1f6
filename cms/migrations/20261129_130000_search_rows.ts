import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres';

/**
 * alwafd_search_newest returns at most `wanted` ids (a page and one more), but PostgreSQL plans a
 * set-returning function as 1,000 rows: the four unions then looked big enough to hash-join the
 * whole articles table (a Seq Scan per search — seconds at a million). Told the truth, the planner
 * fetches each hit by its primary key (__tests__/integration/query-plans.test.ts).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`ALTER FUNCTION alwafd_search_newest(text, tsquery, enum_articles_edition, integer) ROWS 25`);
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`ALTER FUNCTION alwafd_search_newest(text, tsquery, enum_articles_edition, integer) ROWS 1000`);
}
