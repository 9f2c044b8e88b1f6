/** @jest-environment node */
import { PassThrough } from 'node:stream';
import { answerClientError, requestLine } from '@/lib/server/answers';

const packet = (text: string) => Buffer.from(text, 'latin1');

/** What the server writes to a socket for a request Node gave up on. */
function answer(code: string, raw?: Buffer): Promise<string> {
  const socket = new PassThrough();
  let written = '';
  socket.on('data', (chunk: Buffer) => (written += chunk.toString('utf8')));
  return new Promise((resolve) => {
    socket.on('finish', () => resolve(written));
    answerClientError(Object.assign(new Error('parse'), { code, rawPacket: raw }), socket);
  });
}

describe('requests Node cannot parse', () => {
  it('reads whether the link alone is over the limit, and the edition its path names', () => {
    // As Node hands them over: the whole request when it came in one packet.
    expect(requestLine(packet(`GET /en/tag/${'x'.repeat(20_000)} HTTP/1.1\r\nHost: a\r\n\r\n`), 16_384)).toEqual({ tooLong: true, locale: 'en' });
    expect(requestLine(packet(`GET /tag/${'x'.repeat(20_000)}`), 16_384)).toEqual({ tooLong: true, locale: 'ar' });
    expect(requestLine(packet(`GET /en/news/1 HTTP/1.1\r\nCookie: ${'x'.repeat(20_000)}`), 16_384)).toEqual({ tooLong: false, locale: 'en' });
    expect(requestLine(packet('GET /news/1 HTTP/1.1\r\nCookie: xxx'), 16_384)).toEqual({ tooLong: false, locale: 'ar' });
    expect(requestLine(packet(`GET /en?utm_source=${'x'.repeat(20_000)} HTTP/1.1\r\n`), 16_384)).toEqual({ tooLong: true, locale: 'en' });
    expect(requestLine(packet('\x16\x03\x01 binary'), 16_384)).toEqual({ tooLong: false, locale: 'ar' });
    expect(requestLine(packet('get /en/news/1010 HTTP/1.1\r\nHost: x\r\n\r\n'), 16_384)).toEqual({ tooLong: false, locale: 'en' });
    expect(requestLine(undefined)).toEqual({ tooLong: false, locale: 'ar' });
  });

  it('answers a link over the limit with 414, in the edition the link names', async () => {
    const written = await answer('HPE_HEADER_OVERFLOW', packet(`GET /en/tag/${'x'.repeat(20_000)} HTTP/1.1\r\nHost: a\r\n\r\n`));
    expect(written).toMatch(/^HTTP\/1\.1 414 URI Too Long\r\n/);
    expect(written).toContain('<html lang="en" dir="ltr">');
    expect(written).toContain('Link too long');
  });

  it('answers headers over the limit with 431, in the edition of the page asked for', async () => {
    const english = await answer('HPE_HEADER_OVERFLOW', packet(`GET /en/news/1 HTTP/1.1\r\nCookie: ${'x'.repeat(20_000)}`));
    expect(english).toMatch(/^HTTP\/1\.1 431 /);
    expect(english).toContain('Request too large');
    const arabic = await answer('HPE_HEADER_OVERFLOW', packet(`GET /news/1 HTTP/1.1\r\nCookie: ${'x'.repeat(20_000)}`));
    expect(arabic).toContain('<html lang="ar" dir="rtl">');
  });
});
