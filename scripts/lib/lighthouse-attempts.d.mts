/** Types for scripts/lib/lighthouse-attempts.mjs, for its unit test. */
export interface Report {
  runtimeError?: { code: string; message: string };
}
export function measuredRun<R extends Report>(run: () => Promise<R>, url: string, attempts?: number, warn?: (line: string) => void): Promise<R>;
