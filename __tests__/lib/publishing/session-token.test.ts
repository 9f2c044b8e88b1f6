/** @jest-environment node */
import { createHash } from 'node:crypto';
import { SignJWT } from 'jose';
import { isSignedSession } from '@/lib/publishing/session-token';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
/** The key Payload signs sessions with: its `this.secret` (payload/dist/index.js). */
const payloadKey = (secret: string) => new TextEncoder().encode(createHash('sha256').update(secret).digest('hex').slice(0, 32));
/** A session as Payload's jwtSign makes one (payload/dist/auth/jwt.js: jose, HS256, issued now, expiring later). */
const session = async (tokenExpiration = 7200, secret = SECRET) => {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ id: 7, collection: 'users', email: 'editor@alwafd.test' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(now)
    .setExpirationTime(now + tokenExpiration)
    .sign(payloadKey(secret));
};
const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** The proxy sends a story's URL to the preview only for a session this server signed. */
describe('isSignedSession', () => {
  it('takes a session Payload signed with this secret, until it expires', async () => {
    const token = await session();
    expect(isSignedSession(token, SECRET)).toBe(true);
    expect(isSignedSession(token, ` ${SECRET}\n`)).toBe(true);
    expect(isSignedSession(token, SECRET, Date.now() + 7201 * 1000)).toBe(false);
  });

  it('refuses one signed with another secret, or altered', async () => {
    expect(isSignedSession(await session(7200, 'another-secret-of-at-least-thirty-two-chars'), SECRET)).toBe(false);
    const [header, , signature] = (await session()).split('.');
    const forged = `${header}.${base64url({ id: 1, collection: 'users', exp: Math.floor(Date.now() / 1000) + 3600 })}.${signature}`;
    expect(isSignedSession(forged, SECRET)).toBe(false);
  });

  it('refuses an unsigned token, junk, an empty cookie, and any token when no secret is set', async () => {
    const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ id: 1, exp: 9_999_999_999 })}.`;
    for (const token of [unsigned, 'x', 'x.y.z', '', undefined, '...']) expect(isSignedSession(token, SECRET)).toBe(false);
    expect(isSignedSession(await session(), undefined)).toBe(false);
  });
});
