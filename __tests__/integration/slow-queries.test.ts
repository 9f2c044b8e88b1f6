/**
 * DATABASE_LOG_SLOW_MS (lib/db/pool.ts): a reader query slower than the threshold is logged with its
 * time and SQL; a fast one is not. Against the real database: the slow query really sleeps.
 */
process.env.DATABASE_LOG_SLOW_MS = '60';

afterAll(async () => {
  const { readerPool } = await import('@/lib/db/pool');
  await readerPool().end();
});

it('logs the reader queries slower than DATABASE_LOG_SLOW_MS, with their time, and no others', async () => {
  const { query } = await import('@/lib/db/pool');
  // The pool's first query opens a connection (counted in its time): made before anything is watched.
  await query('SELECT 1 AS connect');
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
  try {
    await query('SELECT 1 AS fast');
    await query('SELECT pg_sleep(0.1) AS slow');
    const lines = warn.mock.calls.map((call) => String(call[0]));
    expect(lines).toHaveLength(1);
    const [, ms] = /^\[db\] (\d+) ms: SELECT pg_sleep\(0\.1\) AS slow$/.exec(lines[0]!) ?? [];
    expect(Number(ms)).toBeGreaterThanOrEqual(100);
  } finally {
    warn.mockRestore();
  }
});
