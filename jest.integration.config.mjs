/**
 * Tests that read the built site the way its consumers do — link-preview scrapers, feed readers,
 * crawlers, hostile clients — over HTTP against `next start`. Run through scripts/with-server.mjs
 * (npm run test:integration), which sets BASE_URL.
 */
import nextJest from 'next/jest.js';

const createJestConfig = nextJest({ dir: './' });

const base = createJestConfig({
  testEnvironment: 'node',
  testMatch: ['<rootDir>/__tests__/integration/**/*.test.ts'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
  testTimeout: 60_000,
  // One file at a time: the tests share one server and database, and some change what every page
  // shows and how long its copy lives (the masthead, breaking news, the Hijri corrections).
  maxWorkers: 1,
});

export default async function config() {
  const resolved = await base();
  return resolved;
}
