/**
 * One database per archive size for scripts/bench-scale.mjs: `<DATABASE_NAME>_<N>` on the server
 * DATABASE_URL points at (scripts/database.ts has started the embedded cluster, or it is the
 * configured PostgreSQL). Sizes live side by side, so their servers can be measured in turns on the
 * same machine at the same moment — a ratio of two runs minutes apart measures the machine's
 * neighbours as much as the archive.
 */
import pg from 'pg';

export function databaseFor(n, env = process.env) {
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL is unset: run through `npm run bench:scale` (scripts/database.ts starts the database)');
  const name = `${env.DATABASE_NAME || 'alwafd_scale'}_${n}`;
  const url = new URL(env.DATABASE_URL);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

/** Creates the database when it is missing (the archive step then migrates and seeds it). */
export async function ensureDatabase({ name }, env = process.env) {
  const client = new pg.Client({ connectionString: env.DATABASE_URL, application_name: 'alwafd-bench-scale' });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    return !rowCount;
  } finally {
    await client.end();
  }
}
