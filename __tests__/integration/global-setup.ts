import { startPlansArchive } from './plans-archive';

/** Starts the query-plan tests' archive in the background when they are among the tests run (plans-archive.ts). */
export default async function globalSetup(globalConfig: { testPathPatterns?: { patterns?: string[] } }): Promise<void> {
  const patterns = globalConfig.testPathPatterns?.patterns ?? [];
  if (!patterns.length || patterns.some((pattern) => new RegExp(pattern, 'i').test('__tests__/integration/query-plans.test.ts'))) await startPlansArchive();
}
