/** @jest-environment node */
import { OutgoingMessage } from 'node:http';
import { securityHeaderObject } from '@/lib/security-headers';
import { capSharedMaxAge, finalizeHeaders, notSharedWhenStale } from '@/lib/server/response-headers';

function response(headers: Record<string, string | string[]>): OutgoingMessage {
  const res = new OutgoingMessage();
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  return res;
}

const NEXT_HEADERS = {
  'x-middleware-rewrite': '/ar/news/1001?utm=a',
  'x-nextjs-cache': 'HIT',
  'x-nextjs-prerender': ['1', '1'],
  'x-nextjs-stale-time': '300',
  'x-nextjs-rewritten-path': '/ar/news/1001',
  'x-nextjs-matched-path': '/[locale]/news/[id]',
  'X-Middleware-Next': '1',
};

describe('finalizeHeaders', () => {
  it('strips every x-nextjs-* and x-middleware-* header from a document response', () => {
    const res = response({ ...NEXT_HEADERS, 'content-type': 'text/html', vary: 'rsc' });
    finalizeHeaders(res, { pathname: '/news/1001', rsc: false });
    expect(res.getHeaderNames().filter((h) => /^x-(nextjs|middleware)-/.test(h))).toEqual([]);
    expect(res.getHeader('content-type')).toBe('text/html');
    expect(res.getHeader('vary')).toBe('rsc');
  });

  it('sends a header a response carries once only once (Next appends a first render’s Location again)', () => {
    const res = response({ location: ['/news/1001', '/news/1001'], 'content-type': ['text/html; charset=utf-8', 'text/html; charset=utf-8'], vary: ['rsc', 'Accept-Encoding'] });
    finalizeHeaders(res, { pathname: '/en/news/1001', rsc: false });
    expect([res.getHeader('location'), res.getHeader('content-type'), res.getHeader('vary')]).toEqual(['/news/1001', 'text/html; charset=utf-8', ['rsc', 'Accept-Encoding']]);
  });

  it('keeps, on the client router’s own requests, only the headers it reads', () => {
    const res = response(NEXT_HEADERS);
    finalizeHeaders(res, { pathname: '/news/1001', rsc: true });
    expect(res.getHeaderNames().filter((h) => /^x-(nextjs|middleware)-/.test(h)).sort()).toEqual(['x-nextjs-rewritten-path', 'x-nextjs-stale-time']);
  });

  it('adds the security headers a response lacks, and leaves those it has', () => {
    const res = response({ 'content-security-policy': "script-src 'none'; sandbox;", location: '/news/1001' });
    finalizeHeaders(res, { pathname: '/1001', rsc: false });
    const expected = { ...securityHeaderObject(), 'Content-Security-Policy': "script-src 'none'; sandbox;" };
    for (const [name, value] of Object.entries(expected)) expect(`${name}: ${res.getHeader(name)}`).toBe(`${name}: ${value}`);
  });

  it('opens files other sites embed to other origins', () => {
    const res = response({});
    finalizeHeaders(res, { pathname: '/cards/1001-abc.jpg', rsc: false });
    expect(res.getHeader('cross-origin-resource-policy')).toBe('cross-origin');
  });

  it('keeps the newsroom side out of search indexes, redirects included, and no reader page', () => {
    for (const pathname of ['/admin', '/admin/collections/articles', '/api/users/login']) {
      const res = response({ location: '/admin/login' });
      finalizeHeaders(res, { pathname, rsc: false });
      expect(`${pathname}: ${res.getHeader('x-robots-tag')}`).toBe(`${pathname}: noindex, nofollow`);
    }
    for (const pathname of ['/news/1001', '/administration', '/apis']) {
      const res = response({});
      finalizeHeaders(res, { pathname, rsc: false });
      expect(res.getHeader('x-robots-tag')).toBeUndefined();
    }
  });
});

describe('a stale copy (served once more while the page renders again)', () => {
  it('is kept by no shared cache: no s-maxage left, no stale-while-revalidate', () => {
    const res = response({ 'x-nextjs-cache': 'STALE', 'cache-control': 's-maxage=120, stale-while-revalidate=31535880' });
    finalizeHeaders(res, { pathname: '/news/1001', rsc: false });
    expect(res.getHeader('cache-control')).toBe('s-maxage=0');
    expect(res.getHeader('x-nextjs-cache')).toBeUndefined();
  });

  it('while a fresh copy keeps its lifetime up to midnight', () => {
    const res = response({ 'x-nextjs-cache': 'HIT', 'cache-control': 's-maxage=1, stale-while-revalidate=31535999' });
    finalizeHeaders(res, { pathname: '/news/1001', rsc: false });
    expect(res.getHeader('cache-control')).toBe('s-maxage=1, stale-while-revalidate=31535999');
  });

  it('keeps directives other than the shared lifetimes', () => {
    expect(notSharedWhenStale('public, s-maxage=300, stale-while-revalidate=600, max-age=0')).toBe('public, s-maxage=0, max-age=0');
    expect(notSharedWhenStale('private, no-cache, no-store, max-age=0, must-revalidate')).toBe('private, no-cache, no-store, max-age=0, must-revalidate');
  });
});

describe('capSharedMaxAge', () => {
  it('shortens a longer shared lifetime to the seconds left, rounded up, and keeps the rest', () => {
    expect(capSharedMaxAge('s-maxage=300, stale-while-revalidate=31535700', 89.2)).toBe('s-maxage=90, stale-while-revalidate=31535700');
    expect(capSharedMaxAge('s-maxage=60, stale-while-revalidate=10', 90)).toBe('s-maxage=60, stale-while-revalidate=10');
    expect(capSharedMaxAge('private, no-cache, no-store, max-age=0, must-revalidate', 10)).toBe('private, no-cache, no-store, max-age=0, must-revalidate');
    expect(capSharedMaxAge('s-maxage=300', -1)).toBe('s-maxage=0');
  });
});
