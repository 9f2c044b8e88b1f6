import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Whether a newsroom session cookie is one this server signed and has not yet expired: the proxy's
 * first question before it sends a story's URL to the editor's preview. Any cookie named like
 * Payload's used to do, and a made-up pair of cookies turned every story into an uncached render
 * (any visitor could skip the cache at will) and a missing story into an error page with no
 * language. The preview page still asks the newsroom's rules about the person (lib/publishing/preview):
 * this only keeps forgeries and leftovers on the readers' path.
 *
 * Payload signs sessions as HS256 JWTs with the first 32 hex digits of the SHA-256 of its secret
 * (payload/dist/index.js, `this.secret`; jose's SignJWT in auth/jwt.js). Should it ever sign
 * otherwise, previews stop here, and the newsroom's integration test of previewing fails.
 */
export function isSignedSession(token: string | undefined, secret: string | undefined, now = Date.now()): boolean {
  if (!token || !secret) return false;
  const parts = token.split('.');
  if (parts.length !== 3) return false;
  const [header, payload, signature] = parts as [string, string, string];
  const key = createHash('sha256').update(secret.trim()).digest('hex').slice(0, 32);
  const expected = createHmac('sha256', key).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
  try {
    const { alg } = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { alg?: unknown };
    const { exp } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown };
    return alg === 'HS256' && typeof exp === 'number' && exp * 1000 > now;
  } catch {
    return false;
  }
}
