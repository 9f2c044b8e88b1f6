/**
 * The SQLSTATE codes in an error and the errors it wraps: Drizzle's "Failed query" carries
 * PostgreSQL's error as its `cause`, Payload's own errors as `originalError`.
 */
export function databaseCodes(error: unknown): string[] {
  const codes: string[] = [];
  const next = (e: unknown) => (e as { cause?: unknown; originalError?: unknown }).cause ?? (e as { originalError?: unknown }).originalError;
  for (let cause = error, depth = 0; cause && depth < 6; cause = next(cause), depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
  }
  return codes;
}
