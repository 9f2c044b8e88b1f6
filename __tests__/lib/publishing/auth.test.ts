/** @jest-environment node */
import { CLIENT_ADDRESS_HEADER } from '@/lib/client-address';
import { FailureLimiter, clientAddress, subscriberOf } from '@/lib/publishing/rate-limit';
import { MIN_SECRET_LENGTH, bearerToken, configuredSecret, secretMatches, secretWarning } from '@/lib/publishing/secret';

const SECRET = 'correct horse battery staple';

describe('the publishing secret', () => {
  it('is unset when REVALIDATE_SECRET is missing, blank or too short to be a secret', () => {
    expect(configuredSecret({})).toBeUndefined();
    expect(configuredSecret({ REVALIDATE_SECRET: '   ' })).toBeUndefined();
    expect(configuredSecret({ REVALIDATE_SECRET: 'x'.repeat(MIN_SECRET_LENGTH - 1) })).toBeUndefined();
    expect(configuredSecret({ REVALIDATE_SECRET: ` ${SECRET} ` })).toBe(SECRET);
  });

  it('is reported when set but too short, without being printed', () => {
    const warning = secretWarning({ REVALIDATE_SECRET: ' short-secret ' });
    expect(warning).toMatch(/REVALIDATE_SECRET has 12 characters.*at least 16.*503/);
    expect(warning).not.toContain('short-secret');
    expect(secretWarning({})).toBeUndefined();
    expect(secretWarning({ REVALIDATE_SECRET: 'x'.repeat(MIN_SECRET_LENGTH) })).toBeUndefined();
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

describe('FailureLimiter', () => {
  it('lets a client fail `limit` times per window, then refuses it with the seconds to wait', () => {
    let now = 1_000_000;
    const limiter = new FailureLimiter(10, 60_000, () => now);
    for (let i = 0; i < 10; i++) {
      expect(limiter.check('203.0.113.7').ok).toBe(true);
      limiter.fail('203.0.113.7');
      now += 1000;
    }
    expect(limiter.check('203.0.113.7')).toEqual({ ok: false, retryAfter: 50 });
    // Another client is counted on its own.
    expect(limiter.check('198.51.100.1').ok).toBe(true);
    // Once the first failure leaves the window, one more attempt is allowed.
    now = 1_000_000 + 60_000;
    expect(limiter.check('203.0.113.7').ok).toBe(true);
    limiter.fail('203.0.113.7');
    expect(limiter.check('203.0.113.7').ok).toBe(false);
  });

  it('counts failures only: checking alone never uses up the allowance', () => {
    const limiter = new FailureLimiter(2, 10_000, () => 0);
    for (let i = 0; i < 100; i++) expect(limiter.check('newsroom').ok).toBe(true);
  });

  it('does not extend the wait of a refused client that keeps asking', () => {
    let now = 0;
    const limiter = new FailureLimiter(2, 10_000, () => now);
    limiter.fail('a');
    limiter.fail('a');
    now = 5_000;
    expect(limiter.check('a')).toEqual({ ok: false, retryAfter: 5 });
    now = 10_000;
    expect(limiter.check('a').ok).toBe(true);
  });

  it('remembers a bounded number of clients', () => {
    const limiter = new FailureLimiter(1, 60_000, () => 0, 3);
    for (const client of ['a', 'b', 'c', 'd']) limiter.fail(client);
    // "a" was forgotten to make room for "d"; "d" is still remembered.
    expect(limiter.check('a').ok).toBe(true);
    expect(limiter.check('d').ok).toBe(false);
  });
});

describe('clientAddress', () => {
  const forged = { 'x-forwarded-for': '203.0.113.7, 10.0.0.1', 'x-real-ip': '198.51.100.2' };

  it('on our own server, is the connection’s address the server hook stamped, never a forwarding header', () => {
    expect(clientAddress(new Headers({ ...forged, [CLIENT_ADDRESS_HEADER]: '::ffff:192.0.2.1' }), {})).toBe('192.0.2.1');
    // No stamp (the hook did not run): one shared bucket, so forging headers gains nothing.
    expect(clientAddress(new Headers(forged), {})).toBe('unknown');
  });

  it('on Vercel, is the address Vercel vouches for, never the private header (no hook there to clear it)', () => {
    const vercel = { VERCEL: '1' };
    expect(clientAddress(new Headers({ 'x-real-ip': '198.51.100.2', [CLIENT_ADDRESS_HEADER]: '192.0.2.9' }), vercel)).toBe('198.51.100.2');
    expect(clientAddress(new Headers({ 'x-vercel-forwarded-for': '198.51.100.3, 10.0.0.1' }), vercel)).toBe('198.51.100.3');
    expect(clientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: '192.0.2.9' }), vercel)).toBe('unknown');
  });
});

describe('subscriberOf: what a limit per client counts', () => {
  it('counts an IPv6 address by its /64, however it is written: one home can use any address in it', () => {
    const home = '2001:db8:85a3:42::/64';
    for (const address of ['2001:db8:85a3:42::1', '2001:0db8:85a3:0042:ffff:ffff:ffff:fffe', '2001:DB8:85A3:42:1:2:3:4', '2001:db8:85a3:42::1%eth0']) {
      expect(subscriberOf(address)).toBe(home);
    }
    expect(subscriberOf('2001:db8:85a3:43::1')).not.toBe(home);
    expect(subscriberOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(subscriberOf('::1')).toBe('0:0:0:0::/64');
  });

  it('counts IPv4 by its address, written plainly or inside IPv6 in any of its forms', () => {
    expect(subscriberOf('203.0.113.7')).toBe('203.0.113.7');
    for (const mapped of ['::ffff:203.0.113.7', '::FFFF:cb00:7107', '0:0:0:0:0:ffff:203.0.113.7', '0000:0000:0000:0000:0000:ffff:cb00:7107']) {
      expect(subscriberOf(mapped)).toBe('203.0.113.7');
    }
    // A dotted tail is two groups: this address's /64 is 64:ff9b:0:0.
    expect(subscriberOf('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
    // Not an address at all: kept as it is (its own bucket), never folded into another's.
    expect(subscriberOf('unknown')).toBe('unknown');
    expect(subscriberOf('203.0.113.8')).not.toBe(subscriberOf('203.0.113.7'));
  });
});
