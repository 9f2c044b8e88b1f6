#!/usr/bin/env node
/**
 * npm run test:integration: a fresh test database (DATABASE_NAME, default alwafd_test, emptied
 * first), migrated and filled with content/, an admin account whose password only this run knows,
 * a production build into .next-test and `next start` — then the integration tests against it.
 * The server's publishing clock ticks every 3 s so the scheduled-publishing test need not wait a minute,
 * and the "most read" ranking is counted again a second after views arrive (not five minutes).
 *
 * E2E_FROM_INTEGRATION=1 (CI): the browser tests that follow (npm run test:e2e with the same setting)
 * serve this build as it was built (a copy kept in .next-test-as-built before the server started), with
 * a copy of the database it was built from taken before any test ran (E2E_DATABASE_NAME, default
 * alwafd_e2e) — one production build fewer. Both runs then log in with the ADMIN_PASSWORD given to them.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const forE2e = process.env.E2E_FROM_INTEGRATION === '1';
if (forE2e && !process.env.ADMIN_PASSWORD) {
  console.error('E2E_FROM_INTEGRATION=1: give ADMIN_PASSWORD, which the browser tests will log in with');
  process.exit(2);
}
const env = {
  ...process.env,
  DATABASE_NAME: process.env.DATABASE_NAME || 'alwafd_test',
  ADMIN_EMAIL: 'admin@alwafd.test',
  ADMIN_PASSWORD: (forE2e && process.env.ADMIN_PASSWORD) || randomBytes(18).toString('base64url'),
  PUBLISHING_CLOCK_MS: '3000',
  MOST_READ_REFRESH_SECONDS: '1',
};
const jestArgs = process.argv.slice(2);
const result = spawnSync(
  path.join(root, 'node_modules/.bin/tsx'),
  [
    'scripts/database.ts', 'run', '--fresh', ...(forE2e ? ['--copy-to', process.env.E2E_DATABASE_NAME || 'alwafd_e2e'] : []), '--',
    'node', 'scripts/with-server.mjs', '--dist', '.next-test', ...(forE2e ? ['--keep-as-built'] : []), '--', 'npx', 'jest', '--config', 'jest.integration.config.mjs', ...jestArgs,
  ],
  { cwd: root, env, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
