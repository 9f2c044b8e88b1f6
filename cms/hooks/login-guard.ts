import { pbkdf2, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import type { AfterErrorHook, CollectionBeforeOperationHook } from 'payload';
import { clientAddress, FailureLimiter } from '@/lib/publishing/rate-limit';

/**
 * Password guessing is limited by where it comes from, not by account. Payload's own lock (five
 * wrong passwords lock the account for fifteen minutes) let anyone who knew an editor's address
 * lock them out, again every fifteen minutes, from anywhere — and its different message said the
 * address had an account. Here a client (an IPv4 address, an IPv6 /64) that failed
 * MAX_FAILED_LOGINS times in FAILED_LOGIN_WINDOW_MS is refused (429) until the oldest failure is
 * old enough; the account itself is never locked, so its owner still signs in from their own
 * connection. Per process, like the publishing API's limiter (lib/publishing/rate-limit.ts).
 *
 * An address with no account is answered after the same work as a wrong password (one password
 * hash at Payload's current cost), so the time an answer takes does not tell either.
 */
export const MAX_FAILED_LOGINS = 10;
export const FAILED_LOGIN_WINDOW_MS = 15 * 60_000;

/** Payload's current password hash: PBKDF2-SHA256, 600,000 rounds, 32 bytes (auth/strategies/local). */
const HASH_ROUNDS = 600_000;
const HASH_BYTES = 32;
const hash = promisify(pbkdf2);

const failedLogins = new FailureLimiter(MAX_FAILED_LOGINS, FAILED_LOGIN_WINDOW_MS);

export const guardLogins: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login') return args;
  const verdict = failedLogins.check(clientAddress(req.headers));
  if (!verdict.ok) {
    // Loaded here: Payload is ESM only, and this module is loaded by the config before it.
    const { APIError } = await import('payload');
    throw new APIError(`Too many failed sign-ins from this connection: try again in ${Math.ceil(verdict.retryAfter / 60)} minutes.`, 429, null, true);
  }
  const { email, password } = ((args as { data?: { email?: unknown; password?: unknown } }).data ?? {}) as { email?: unknown; password?: unknown };
  if (typeof email === 'string' && email.trim()) {
    const account = await req.payload.db.findOne({ collection: collection.slug, req, where: { email: { equals: email.toLowerCase().trim() } } });
    if (!account) await hash(typeof password === 'string' ? password : '', randomBytes(32).toString('hex'), HASH_ROUNDS, HASH_BYTES, 'sha256');
  }
  return args;
};

/** Each wrong email-and-password pair counts against the connection it came from, over REST and GraphQL alike. */
export const countFailedLogins: AfterErrorHook = async ({ error, req }) => {
  const { AuthenticationError } = await import('payload');
  const original = (error as { originalError?: unknown }).originalError;
  if (error instanceof AuthenticationError || original instanceof AuthenticationError) failedLogins.fail(clientAddress(req.headers));
};
