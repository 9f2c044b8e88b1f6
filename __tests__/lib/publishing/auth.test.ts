/** @jest-environment node */
import { RateLimiter, clientAddress } from '@/lib/publishing/rate-limit';
import { MIN_SECRET_LENGTH, bearerToken, configuredSecret, secretMatches } from '@/lib/publishing/secret';

const SECRET = 'correct horse battery staple';

describe('the publishing secret', () => {
  it('is unset when REVALIDATE_SECRET is missing, blank or too short to be a secret', () => {
    expect(configuredSecret({})).toBeUndefined();
    expect(configuredSecret({ REVALIDATE_SECRET: '   ' })).toBeUndefined();
    expect(configuredSecret({ REVALIDATE_SECRET: 'x'.repeat(MIN_SECRET_LENGTH - 1) })).toBeUndefined();
    expect(configuredSecret({ REVALIDATE_SECRET: ` ${SECRET} ` })).toBe(SECRET);
  });

  it('reads a Bearer token and nothing else', () => {
    expect(bearerToken(`Bearer ${SECRET.replace(/ /g, '-')}`)).toBe(SECRET.replace(/ /g, '-'));
    expect(bearerToken('bearer abc')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeUndefined();
    expect(bearerToken('Bearer')).toBeUndefined();
    expect(bearerToken('Bearer a b')).toBeUndefined();
    expect(bearerToken(null)).toBeUndefined();
  });

  it('matches only the exact secret, whatever the length of the guess', () => {
    expect(secretMatches(SECRET, SECRET)).toBe(true);
    for (const guess of [undefined, '', 'c', SECRET.slice(0, -1), `${SECRET} `, SECRET.toUpperCase(), SECRET.repeat(50)]) {
      expect(secretMatches(guess, SECRET)).toBe(false);
    }
  });

  it('compares in constant time on equal-length digests', () => {
    const crypto = jest.requireActual<typeof import('node:crypto')>('node:crypto');
    const spy = jest.spyOn(crypto, 'timingSafeEqual');
    secretMatches('short', SECRET);
    // Whatever was typed, timingSafeEqual compared two SHA-256 digests (32 bytes each).
    expect(spy).toHaveBeenCalledTimes(1);
    const [a, b] = spy.mock.calls[0]! as [Buffer, Buffer];
    expect([a.length, b.length]).toEqual([32, 32]);
    spy.mockRestore();
  });
});

describe('RateLimiter', () => {
  it('allows `limit` requests per window per client, then answers with the seconds to wait', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(10, 60_000, () => now);
    for (let i = 0; i < 10; i++) {
      expect(limiter.take('203.0.113.7').ok).toBe(true);
      now += 1000;
    }
    const refused = limiter.take('203.0.113.7');
    expect(refused).toEqual({ ok: false, retryAfter: 50 });
    // Another client is counted on its own.
    expect(limiter.take('198.51.100.1').ok).toBe(true);
    // Once the first request leaves the window, one more is allowed.
    now = 1_000_000 + 60_000;
    expect(limiter.take('203.0.113.7').ok).toBe(true);
    expect(limiter.take('203.0.113.7').ok).toBe(false);
  });

  it('keeps refusing a client that keeps hammering, without extending its wait', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 10_000, () => now);
    limiter.take('a');
    limiter.take('a');
    now = 5_000;
    expect(limiter.take('a')).toEqual({ ok: false, retryAfter: 5 });
    now = 10_000;
    expect(limiter.take('a').ok).toBe(true);
  });

  it('remembers a bounded number of clients', () => {
    const limiter = new RateLimiter(1, 60_000, () => 0, 3);
    for (const client of ['a', 'b', 'c', 'd']) limiter.take(client);
    // "a" was forgotten to make room for "d"; "d" is still remembered.
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('d').ok).toBe(false);
  });
});

describe('clientAddress', () => {
  it('takes the first forwarded hop, then X-Real-IP', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '203.0.113.7, 10.0.0.1' }))).toBe('203.0.113.7');
    expect(clientAddress(new Headers({ 'x-real-ip': '198.51.100.2' }))).toBe('198.51.100.2');
    expect(clientAddress(new Headers())).toBe('unknown');
  });
});
