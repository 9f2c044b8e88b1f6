#!/usr/bin/env node
/**
 * npm run test:integration: a fresh test database (DATABASE_NAME, default alwafd_test, emptied
 * first), migrated and filled with content/, an admin account whose password only this run knows,
 * a production build into .next-test and `next start` — then the integration tests against it.
 * The server's publishing clock ticks every 3 s so the scheduled-publishing test need not wait a minute,
 * and the "most read" ranking is counted again a second after views arrive (not five minutes).
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const env = {
  ...process.env,
  DATABASE_NAME: process.env.DATABASE_NAME || 'alwafd_test',
  ADMIN_EMAIL: 'admin@alwafd.test',
  ADMIN_PASSWORD: randomBytes(18).toString('base64url'),
  PUBLISHING_CLOCK_MS: '3000',
  MOST_READ_REFRESH_SECONDS: '1',
};
const jestArgs = process.argv.slice(2);
const result = spawnSync(
  path.join(root, 'node_modules/.bin/tsx'),
  ['scripts/database.ts', 'run', '--fresh', '--', 'node', 'scripts/with-server.mjs', '--dist', '.next-test', '--', 'npx', 'jest', '--config', 'jest.integration.config.mjs', ...jestArgs],
  { cwd: root, env, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
