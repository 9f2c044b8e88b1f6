/**
 * A check that needs something beside the repository (a browser, a pooler): without it the file's
 * tests are skipped with a warning on a developer's machine — and fail when CI is set, where a
 * missing tool must not pass for a green run. Returns the describe to run the tests with.
 */
export function describeWith(present: boolean, missing: string): jest.Describe {
  if (!present) {
    if (process.env.CI) {
      it('has what it needs (required when CI is set)', () => {
        throw new Error(missing);
      });
    } else {
      console.warn(`\n\u26a0\ufe0f  SKIPPED: ${missing}\n`);
    }
  }
  return present ? describe : describe.skip;
}
