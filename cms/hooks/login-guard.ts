import { pbkdf2, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload';
import { formatIn } from '@/lib/format';
import { clientAddress, FailureLimiter } from '@/lib/publishing/rate-limit';

/**
 * Password guessing is limited by where it comes from, not by account. Payload's own lock (five
 * wrong passwords lock the account for fifteen minutes) let anyone who knew an editor's address
 * lock them out, again every fifteen minutes, from anywhere — and its different message said the
 * address had an account. Here a client (an IPv4 address, an IPv6 /64) that made MAX_FAILED_LOGINS
 * sign-ins in FAILED_LOGIN_WINDOW_MS that did not succeed is refused (429) until the oldest is old
 * enough; the account itself is never locked, so its owner still signs in from their own connection.
 *
 * Each sign-in counts as it starts and is taken back when it succeeds: counted only once it had
 * failed, a burst of logins at once (or one GraphQL request with hundreds of aliased `loginUser`)
 * all passed the check before the first failure was counted. Per process, like the publishing
 * API's limiter (lib/publishing/rate-limit.ts): each server instance counts on its own.
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

const signIns = new FailureLimiter(MAX_FAILED_LOGINS, FAILED_LOGIN_WINDOW_MS);

export const guardLogins: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login') return args;
  const client = clientAddress(req.headers);
  const verdict = signIns.check(client);
  if (!verdict.ok) {
    // Loaded here: Payload (and its translations, which ours read) is ESM only, and this module is
    // loaded before it — by the config, and by the integration tests that read its limits.
    const [{ APIError }, { editorsLanguage, newsroomText }] = await Promise.all([import('payload'), import('../translations')]);
    throw new APIError(newsroomText(req, 'tooManySignIns', { when: formatIn(verdict.retryAfter, editorsLanguage(req)) }), 429, null, true);
  }
  signIns.fail(client);
  const { email, password } = ((args as { data?: { email?: unknown; password?: unknown } }).data ?? {}) as { email?: unknown; password?: unknown };
  // Payload refuses a missing email or password before it looks for the account: so does this.
  if (typeof email === 'string' && email.trim() && typeof password === 'string' && password) {
    const account = await req.payload.db.findOne({ collection: collection.slug, req, where: { email: { equals: email.toLowerCase().trim() } } });
    if (!account) await hash(password, randomBytes(32).toString('hex'), HASH_ROUNDS, HASH_BYTES, 'sha256');
  }
  return args;
};

/** A sign-in that succeeded is taken back from its connection's count. */
export const forgiveSignIn: CollectionAfterLoginHook = ({ req }) => {
  signIns.forgive(clientAddress(req.headers));
};
