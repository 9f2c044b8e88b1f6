/** @jest-environment node */
import { judge } from '@/lib/server/guard';

describe('judge: what the server answers before Next sees a request', () => {
  it('passes reads of reader paths, with the path and no body limit', () => {
    expect(judge('GET', '/news/1001?x=1')).toEqual({ pass: { pathname: '/news/1001', reader: true } });
    expect(judge('HEAD', '/rss.xml')).toEqual({ pass: { pathname: '/rss.xml', reader: true } });
    expect(judge('OPTIONS', '/')).toEqual({ pass: { pathname: '/', reader: true } });
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'PROPFIND', 'CONNECT'])('refuses %s on a reader path with 405 in its edition', (method) => {
    expect(judge(method, '/en/news/1010', '20971520')).toEqual({ answer: { status: 405, locale: 'en' } });
    expect(judge(method, '/cards/x.png')).toEqual({ answer: { status: 405, locale: 'ar' } });
  });

  it('refuses TRACE and TRACK everywhere, the API included', () => {
    expect(judge('TRACE', '/api/revalidate')).toEqual({ answer: { status: 405, locale: 'ar' } });
    expect(judge('TRACK', '/en')).toEqual({ answer: { status: 405, locale: 'en' } });
  });

  it('leaves the API and the CMS admin their methods, with the body limit of their path if it has one', () => {
    expect(judge('POST', '/api/revalidate', '100')).toEqual({ pass: { pathname: '/api/revalidate', reader: false, bodyLimit: 16 * 1024 } });
    expect(judge('POST', '/api/revalidate')).toEqual({ pass: { pathname: '/api/revalidate', reader: false, bodyLimit: 16 * 1024 } });
    expect(judge('POST', '/api/media', String(8 * 1024 * 1024))).toEqual({ pass: { pathname: '/api/media', reader: false, bodyLimit: 40 * 1024 * 1024 } });
    expect(judge('POST', '/api/users/login', String(1024))).toEqual({ pass: { pathname: '/api/users/login', reader: false, bodyLimit: 2 * 1024 * 1024 } });
    expect(judge('POST', '/admin/login', '50')).toEqual({ pass: { pathname: '/admin/login', reader: false } });
  });

  it('judges the path Next will route, escapes decoded: an encoded letter does not escape the limit', () => {
    expect(judge('POST', '/%61pi/revalidate', String(1024 * 1024))).toEqual({ answer: { status: 413, limit: 16 * 1024 } });
    expect(judge('POST', '/%61dmin/login')).toMatchObject({ pass: { reader: false } });
  });

  it.each(['localhost:99999', 'evil example', 'localhost:abc', '[::1', '%', 'a%20b', 'localhost:3000:3000', '<script>', 'evil.example/admin', 'user@evil.example'])(
    'refuses a Host that is no authority (%s) with 400 in the path’s edition, in JSON under /api',
    (host) => {
      expect(judge('GET', '/admin', undefined, host)).toEqual({ answer: { status: 400, locale: 'ar' } });
      expect(judge('GET', '/en/news/1010', undefined, host)).toEqual({ answer: { status: 400, locale: 'en' } });
      expect(judge('GET', '/api/breaking-news', undefined, host)).toEqual({ answer: { status: 400, locale: 'ar', json: true } });
    },
  );

  it.each([undefined, '', 'www.alwafd.news', 'localhost:3000', '127.0.0.1:3000', '[::1]:3000', 'مثال.com'])('passes a Host that is an authority, or none (%s)', (host) => {
    expect(judge('GET', '/admin', undefined, host)).toEqual({ pass: { pathname: '/admin', reader: false } });
  });

  it('refuses a malformed escape in the path with 400 everywhere, in JSON under /api; one in the query passes', () => {
    expect(judge('GET', '/api/breaking-news/%FF')).toEqual({ answer: { status: 400, locale: 'ar', json: true } });
    expect(judge('POST', '/api/read/%E0%A4%A', '20')).toEqual({ answer: { status: 400, locale: 'ar', json: true } });
    expect(judge('GET', '/admin/%ZZ')).toEqual({ answer: { status: 400, locale: 'ar' } });
    expect(judge('GET', '/en/tag/%E0%A4')).toEqual({ answer: { status: 400, locale: 'en' } });
    expect(judge('GET', '/news/1001?q=%FF')).toEqual({ pass: { pathname: '/news/1001', reader: true } });
  });

  it('refuses a picture for the image optimiser whose own path has a malformed escape, and passes good and remote ones', () => {
    expect(judge('GET', '/_next/image?url=%2F%25&w=640&q=75')).toEqual({ answer: { status: 400, locale: 'ar' } });
    expect(judge('GET', '/_next/image?w=64&url=%2Fimages%2F%25ZZ.webp&q=75')).toEqual({ answer: { status: 400, locale: 'ar' } });
    expect(judge('GET', '/_next/image?url=%2Fimages%2Fa.webp&url=%2F%25E0%25A4%25A&w=64')).toEqual({ answer: { status: 400, locale: 'ar' } });
    expect(judge('GET', '/_next/image?url=%2Fimages%2F%25D8%25A7.webp&w=64&q=75')).toEqual({ pass: { pathname: '/_next/image', reader: true } });
    // Only the path is decoded again: an escape in the picture's own query, or a remote address, is the optimiser's to judge.
    expect(judge('GET', '/_next/image?url=%2Fimages%2Fa.webp%3Fv%3D%25&w=64')).toMatchObject({ pass: { pathname: '/_next/image' } });
    expect(judge('GET', '/_next/image?url=https%3A%2F%2Fexample.com%2F%25&w=64')).toMatchObject({ pass: { pathname: '/_next/image' } });
  });

  it('caps the CMS’s API too: JSON at 2 MB, pictures at 40 MB', () => {
    expect(judge('POST', '/api/users/login', String(100 * 1024 * 1024))).toEqual({ answer: { status: 413, limit: 2 * 1024 * 1024 } });
    expect(judge('POST', '/api/graphql', String(2 * 1024 * 1024 + 1))).toEqual({ answer: { status: 413, limit: 2 * 1024 * 1024 } });
    expect(judge('PATCH', '/api/media/7', String(41 * 1024 * 1024))).toEqual({ answer: { status: 413, limit: 40 * 1024 * 1024, upload: true } });
  });

  it('answers 413 at once when the declared body is over the limit, and not at the limit', () => {
    expect(judge('POST', '/api/revalidate', String(16 * 1024 + 1))).toEqual({ answer: { status: 413, limit: 16 * 1024 } });
    expect(judge('POST', '/api/revalidate?x', String(16 * 1024))).toMatchObject({ pass: { bodyLimit: 16 * 1024 } });
  });

  it.each(['http://evil.example/news/1001', 'https://127.0.0.1/', 'evil.example:443', 'news/1001', ''])('refuses the target %p: not a path', (target) => {
    expect(judge('GET', target)).toEqual({ answer: { status: 400, locale: 'ar' } });
  });

  it('answers OPTIONS * (the server as a whole) and refuses * for anything else', () => {
    expect(judge('OPTIONS', '*')).toEqual({ answer: { status: 204 } });
    expect(judge('GET', '*')).toEqual({ answer: { status: 400, locale: 'ar' } });
  });

  it('refuses an encoded dot segment with 400 in the edition of the path', () => {
    expect(judge('GET', '/tag/%2e%2e')).toEqual({ answer: { status: 400, locale: 'ar' } });
    expect(judge('GET', '/en/tag/.%2E')).toEqual({ answer: { status: 400, locale: 'en' } });
    expect(judge('POST', '/api/%2e%2e/revalidate')).toEqual({ answer: { status: 400, locale: 'ar' } });
  });
});
