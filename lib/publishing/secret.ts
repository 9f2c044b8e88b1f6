import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * The shared secret of the publishing endpoint, from REVALIDATE_SECRET. Shorter than 16
 * characters counts as unset: a guessable secret is worse than none, because it looks like one.
 */
export const MIN_SECRET_LENGTH = 16;

export function configuredSecret(env: Record<string, string | undefined> = process.env): string | undefined {
  const secret = env.REVALIDATE_SECRET?.trim();
  return secret && secret.length >= MIN_SECRET_LENGTH ? secret : undefined;
}

/**
 * What to tell the operator at server start when a secret is set but too short to be used: the
 * publishing API would otherwise answer 503 with nothing in the log. Never prints the secret.
 */
export function secretWarning(env: Record<string, string | undefined> = process.env): string | undefined {
  const secret = env.REVALIDATE_SECRET?.trim();
  if (!secret || secret.length >= MIN_SECRET_LENGTH) return undefined;
  return `REVALIDATE_SECRET has ${secret.length} characters; it needs at least ${MIN_SECRET_LENGTH}, so it is ignored and POST /api/revalidate answers 503 until it is replaced.`;
}

/** `Authorization: Bearer <secret>` → the secret; anything else → undefined. */
export function bearerToken(header: string | null): string | undefined {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
  return match?.[1];
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * Constant-time comparison. Both sides are hashed first so they always have the same length
 * (timingSafeEqual demands it) and the time taken says nothing about the secret's length either.
 */
export function secretMatches(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  return timingSafeEqual(digest(given), digest(expected));
}
