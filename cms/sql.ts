import type { PayloadRequest } from 'payload';

export type SqlRunner = { execute: (query: unknown) => Promise<{ rows: Array<Record<string, unknown>> }> };

/**
 * The connection a hook's own SQL runs on: the request's transaction when it has one (so what it
 * writes commits or rolls back with the save, and it needs no second connection of the CMS's small
 * pool), else the adapter's pool — as Payload's adapter itself chooses (@payloadcms/drizzle getTransaction).
 */
export async function transactionDb(req: PayloadRequest): Promise<SqlRunner> {
  const adapter = req.payload.db as unknown as { drizzle: SqlRunner; sessions?: Record<string, { db?: SqlRunner }> };
  const transaction = req.transactionID ? await req.transactionID : undefined;
  return (transaction !== undefined && adapter.sessions?.[String(transaction)]?.db) || adapter.drizzle;
}

/**
 * A collection's or global's name as Payload's PostgreSQL adapter names its tables: snake case
 * (@payloadcms/drizzle, createTableName), so "breaking-news" and "siteSettings" alike.
 */
export const tableName = (slug: string): string => slug.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/-/g, '_').toLowerCase();
