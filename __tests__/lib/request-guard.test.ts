/** @jest-environment node */
import { hasEncodedDotSegment, isHostilePath, isReaderPath, localeOfPath, methodVerdict } from '@/lib/request-guard';

describe('isHostilePath', () => {
  it.each([
    '/news/1001',
    '/tag/%D8%A7%D9%84%D8%B7%D8%A7%D9%82%D8%A9',
    '/en/tag/solar%20energy',
    '/section/economy/rss.xml',
    '/cards/1001-abc.png',
    '/',
  ])('lets %s through', (path) => {
    expect(isHostilePath(path)).toBe(false);
  });

  it.each([
    ['malformed escape', '/news/%E0%A4%A'],
    ['lone percent', '/tag/%'],
    ['bad hex', '/section/%ZZ/rss.xml'],
    ['NUL', '/news/1001%00'],
    ['CRLF injection', '/tag/x%0d%0aSet-Cookie:%20a=1'],
    ['encoded slash', '/news/..%2f..%2fetc%2fpasswd'],
    ['encoded backslash', '/cards/..%5c..%5cpackage.json'],
    ['encoded dot segment', '/tag/%2e%2e'],
    ['double encoding', '/tag/%252e%252e'],
    ['double-encoded slash', '/_next/static/%252f'],
  ])('refuses a %s', (_name, path) => {
    expect(isHostilePath(path)).toBe(true);
  });
});

describe('localeOfPath', () => {
  it('speaks the edition the path names, Arabic otherwise', () => {
    expect(localeOfPath('/en/news/1')).toBe('en');
    expect(localeOfPath('/news/1')).toBe('ar');
    expect(localeOfPath('/fr/news/1')).toBe('ar');
  });
});

describe('methodVerdict', () => {
  it('passes GET and HEAD everywhere, answers OPTIONS, refuses other methods outside the API', () => {
    expect(methodVerdict('GET', '/news/1')).toBe('pass');
    expect(methodVerdict('HEAD', '/rss.xml')).toBe('pass');
    expect(methodVerdict('OPTIONS', '/')).toBe('options');
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'CONNECT', 'PROPFIND']) {
      expect(methodVerdict(method, '/news/1001')).toBe('not-allowed');
      expect(methodVerdict(method, '/cards/1001-x.png')).toBe('not-allowed');
    }
  });

  it('leaves the API’s and the CMS admin’s methods to them', () => {
    expect(methodVerdict('POST', '/api/revalidate')).toBe('pass');
    expect(methodVerdict('DELETE', '/api')).toBe('pass');
    expect(methodVerdict('POST', '/admin/login')).toBe('pass');
    expect(methodVerdict('PATCH', '/admin')).toBe('pass');
    expect(methodVerdict('POST', '/apiary')).toBe('not-allowed');
    expect(methodVerdict('POST', '/administration')).toBe('not-allowed');
  });
});

describe('isReaderPath', () => {
  it('is every path but the API and the CMS admin', () => {
    for (const path of ['/', '/news/1', '/en', '/rss.xml', '/cards/x.png', '/apiary', '/adminx', '/_next/static/a.js', '/api/breaking-news/ar', '/api/health']) expect(isReaderPath(path)).toBe(true);
    for (const path of ['/api', '/api/', '/api/revalidate', '/api/media/1', '/api/breaking', '/api/breaking/3', '/api/breaking-newsx', '/admin', '/admin/', '/admin/collections/posts']) expect(isReaderPath(path)).toBe(false);
  });
});

describe('hasEncodedDotSegment', () => {
  it.each(['/tag/%2e%2e', '/tag/%2E%2E', '/tag/%2e%2E/x', '/tag/.%2e', '/tag/%2e.', '/news/1001/%2e', '/%2e', '/a/%2E/b?x=1'])('finds one in %s', (path) => {
    expect(hasEncodedDotSegment(path)).toBe(true);
  });

  it.each(['/tag/..', '/tag/.', '/tag/%2e%2ex', '/tag/x%2e%2e', '/tag/%2e%2e%2e', '/tag/a.b', '/rss.xml', '/?q=/%2e%2e/', '/news/1001'])('finds none in %s', (path) => {
    expect(hasEncodedDotSegment(path)).toBe(false);
  });
});

describe('isHostilePath and long segments', () => {
  it('accepts the longest tag a file may have, and refuses segments longer than any URL of ours', () => {
    const longestTag = encodeURIComponent('ا'.repeat(60));
    expect(isHostilePath(`/tag/${longestTag}`)).toBe(false);
    expect(isHostilePath(`/tag/${encodeURIComponent('ا'.repeat(128))}`)).toBe(true);
    expect(isHostilePath(`/news/${'a'.repeat(256)}`)).toBe(true);
    expect(isHostilePath(`/news/${'a'.repeat(255)}`)).toBe(false);
  });
});
