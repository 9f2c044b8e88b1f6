/** @jest-environment node */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { encode, preferredEncoding } from '@/lib/server/encoding';

describe('preferredEncoding', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0.5, br;q=0.4', 'gzip'],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
    ['br;q=0, gzip;q=0, *', 'identity'],
    ['identity', 'identity'],
    ['', 'identity'],
    [undefined, 'identity'],
    ['gzip;q=abc, br, zstd, x-nonsense', 'br'],
    ['GZIP', 'gzip'],
    [';;;, ,', 'identity'],
  ])('%p → %s', (header, expected) => {
    expect(preferredEncoding(header)).toBe(expected);
  });
});

describe('encode', () => {
  const body = Buffer.from('<p>الوفد</p>'.repeat(200));
  it('compresses in the chosen encoding, and leaves identity alone', () => {
    expect(gunzipSync(encode(body, 'gzip')).equals(body)).toBe(true);
    expect(brotliDecompressSync(encode(body, 'br')).equals(body)).toBe(true);
    expect(encode(body, 'identity')).toBe(body);
    expect(encode(body, 'br').length).toBeLessThan(body.length / 10);
  });
});
