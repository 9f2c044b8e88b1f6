/**
 * Where the database is. One engine, PostgreSQL, two ways to reach it:
 * - DATABASE_URL (production: Vercel Postgres, Neon, any PostgreSQL ≥ 15 — preferably its pooled
 *   connection string);
 * - otherwise the embedded PostgreSQL that the project's own scripts start from npm
 *   (scripts/database.ts), on this machine, with its data under .data/ — which those scripts
 *   describe to every process they start through DATABASE_URL as well.
 * So the application itself only ever reads DATABASE_URL.
 */
export function databaseUrl(env: Record<string, string | undefined> = process.env): string {
  const url = env.DATABASE_URL?.trim();
  if (!url) {
    throw new Error(
      'DATABASE_URL is not set. Start the site with `npm start` (it starts the embedded PostgreSQL and sets it), or set DATABASE_URL to your PostgreSQL.',
    );
  }
  return url;
}

/**
 * Connections one process may hold. Small on purpose: a Vercel deployment runs many instances,
 * each with its own pool, and they must not exhaust the database (use a pooled connection string
 * there); a single `next start` process needs few, since every query is short.
 */
export function poolSize(env: Record<string, string | undefined> = process.env): number {
  const size = Number(env.DATABASE_POOL_MAX ?? (env.VERCEL ? 3 : 10));
  return Number.isInteger(size) && size > 0 ? size : 10;
}
