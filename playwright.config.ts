import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './e2e/browser';
import { asBuiltFolder } from './scripts/lib/as-built.mjs';

/**
 * End-to-end tests in a real browser against the production build (`npm run test:e2e`).
 *
 * The build goes to its own folder (.next-e2e) so it never clobbers the dev server's or the
 * integration tests' build; `E2E_REUSE_BUILD=1` skips the build when that folder already holds one.
 * The server is reached as localhost (never started with -H 127.0.0.1: the locale proxy loops there).
 * It runs on its own embedded database (alwafd_e2e), emptied and filled with content/ at each run,
 * with an admin account whose password only this run knows (the admin journey logs in with it).
 *
 * E2E_FROM_INTEGRATION=1 (CI, after `npm run test:integration` with the same setting and ADMIN_PASSWORD):
 * no build and no import — the server is the integration tests' build as it was built, put back in
 * place from the copy they kept (.next-test-as-built), on the copy of the database it was built from
 * that they left in alwafd_e2e.
 */
// E2E_PORT / E2E_DIST let two checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT || 3300);
const BASE_URL = `http://localhost:${PORT}`;
const CI = Boolean(process.env.CI);
const fromIntegration = process.env.E2E_FROM_INTEGRATION === '1';
const DIST = fromIntegration ? '.next-test' : process.env.E2E_DIST || '.next-e2e';
const AS_BUILT = asBuiltFolder(DIST);
const built = fs.existsSync(path.join(import.meta.dirname, fromIntegration ? AS_BUILT : DIST, 'BUILD_ID'));
// Checked by the runner, before its server puts the copy in place; workers read this file again after that.
const inWorker = process.env.TEST_WORKER_INDEX !== undefined;
if (fromIntegration && !inWorker && (!built || !process.env.ADMIN_PASSWORD)) {
  throw new Error(`E2E_FROM_INTEGRATION=1 serves the build (${AS_BUILT}) and database that \`E2E_FROM_INTEGRATION=1 npm run test:integration\` left, with its ADMIN_PASSWORD: run that first, with the same password`);
}
const reuseBuild = process.env.E2E_REUSE_BUILD === '1' && built;

// Workers inherit the runner's environment: the admin journey reads the credentials from there.
process.env.ADMIN_EMAIL ||= 'admin@alwafd.test';
process.env.ADMIN_PASSWORD ||= randomBytes(18).toString('base64url');
const DESKTOP = { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions };
const MOBILE = { ...devices['Desktop Chrome'], viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, launchOptions };
const SCREENSHOTS = /screenshots\.spec\.ts/;

const start = `npx next start -p ${PORT}`;
const next = fromIntegration ? `rm -rf ${DIST} && mv ${AS_BUILT} ${DIST} && ${start}` : reuseBuild ? start : `npx next build && ${start}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  // Two cores: one worker per core, the server shares them.
  workers: 2,
  // Generous: the machine is shared and has two cores; a slow run must not read as a failure.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { outputFolder: 'playwright-report', open: 'never' }]],
  use: {
    baseURL: BASE_URL,
    // Recording a trace costs every test, passing or not: the desktop accessibility checks took 108 s with
    // one kept for failures only, 80 s without (two workers). In CI a failed test is run again (retries),
    // and that run is traced; locally, where a failure is not retried, each test is traced and kept if it fails.
    trace: CI ? 'on-first-retry' : 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions,
  },
  // The screenshots run first, on the sample content alone: the other specs add to what every page shows
  // (a test's breaking-news line, a story published by the newsroom journey, views that reorder "most
  // read"), and a kept screenshot should show the site as a reader meets it, not a test in progress.
  // So a run filtered to one spec runs the screenshots first as well (about a minute): `--no-deps`
  // skips them. A screenshot that still fails after its retry skips the rest (the run is red anyway).
  projects: [
    { name: 'screenshots-desktop', testMatch: SCREENSHOTS, use: DESKTOP },
    { name: 'screenshots-mobile', testMatch: SCREENSHOTS, use: MOBILE },
    {
      name: 'desktop',
      testIgnore: SCREENSHOTS,
      dependencies: ['screenshots-desktop', 'screenshots-mobile'],
      use: DESKTOP,
    },
    {
      // A small phone. Keyboard-only navigation is a desktop concern; everything else runs here too.
      name: 'mobile',
      testIgnore: [SCREENSHOTS, /keyboard\.spec\.ts/],
      dependencies: ['screenshots-desktop', 'screenshots-mobile'],
      use: MOBILE,
    },
  ],
  webServer: {
    command: `npx tsx scripts/database.ts run ${fromIntegration ? '' : '--fresh '}-- sh -c '${next}'`,
    env: {
      NEXT_DIST_DIR: DIST,
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_NAME: process.env.E2E_DATABASE_NAME || 'alwafd_e2e',
      ADMIN_EMAIL: process.env.ADMIN_EMAIL,
      ADMIN_PASSWORD: process.env.ADMIN_PASSWORD,
      // "Most read" is counted again a second after views arrive (not five minutes): the browser's own views show.
      MOST_READ_REFRESH_SECONDS: '1',
    },
    url: `${BASE_URL}/robots.txt`,
    timeout: 180_000,
    reuseExistingServer: !CI,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
