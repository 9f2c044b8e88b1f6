/** @jest-environment node */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { contentSecurityPolicy } from '@/lib/security-headers';
import { FinishedPages } from '@/lib/server/finished-pages';
import { finishResponse, type ResponsePlan } from '@/lib/server/html-finisher';
import { scriptHash } from '@/lib/server/inline-scripts';

/**
 * The finisher around a stand-in for Next: a real HTTP server whose handler writes responses the
 * ways Next does (setHeader + end(payload) from the ISR cache, flushHeaders + write… + end while
 * streaming, writeHead with headers), and a real client reading the bytes that arrive.
 */

const SCRIPT = 'self.__next_f.push([1,"الوفد"])';
const PAGE = `<!doctype html><html><head><script src="/_next/static/a.js"></script></head><body>${'<p>خبر</p>'.repeat(300)}<script>${SCRIPT}</script></body></html>`;
const FALLBACK = contentSecurityPolicy();

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let server: http.Server;
let handler: Handler;
let pages: FinishedPages;

beforeAll(async () => {
  server = http.createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  pages = new FinishedPages(1024 * 1024, (hashes) => contentSecurityPolicy({ scriptHashes: hashes }));
});

interface Got {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function request(method: string, headers: Record<string, string> = {}): Promise<Got> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: '/news/1001', headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Serve with the finisher in front of `next`, planned as lib/server/install plans a read of a reader page. */
function serve(next: Handler, plan: Partial<ResponsePlan> = {}) {
  handler = (req, res) => {
    finishResponse(res, { pathname: '/news/1001', rsc: false, finishHtml: true, head: req.method === 'HEAD', acceptEncoding: req.headers['accept-encoding'], ifNoneMatch: req.headers['if-none-match'], ...plan }, pages);
    // As Next's router does (next/dist/server/lib/patch-set-header): once headers count as sent, setHeader is ignored.
    const setHeader = res.setHeader.bind(res);
    res.setHeader = ((name: string, value: string) => (res.headersSent ? res : setHeader(name, value))) as typeof res.setHeader;
    next(req, res);
  };
}

/** As Next sends a page from the ISR cache. */
const fromCache: Handler = (req, res) => {
  res.setHeader('Content-Security-Policy', FALLBACK);
  res.setHeader('x-nextjs-cache', 'HIT');
  res.setHeader('Vary', 'rsc, next-router-state-tree');
  res.setHeader('ETag', '"next-etag"');
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(PAGE));
  res.end(req.method === 'HEAD' ? null : PAGE);
};

/** As Next streams a page it renders now. */
const streamed: Handler = (_req, res) => {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.flushHeaders();
  const third = Math.ceil(PAGE.length / 3);
  res.write(PAGE.slice(0, third));
  res.write(Buffer.from(PAGE.slice(third, 2 * third)));
  setTimeout(() => res.end(PAGE.slice(2 * third)), 5);
};

describe('finishing an HTML page', () => {
  it('allows its own inline scripts by hash, without unsafe-inline, and compresses it once for Brotli clients', async () => {
    serve(fromCache);
    const got = await request('GET', { 'Accept-Encoding': 'gzip, br' });
    expect(got.status).toBe(200);
    expect(got.headers['content-security-policy']).toBe(contentSecurityPolicy({ scriptHashes: [scriptHash(SCRIPT)] }));
    expect(got.headers['content-encoding']).toBe('br');
    expect(Number(got.headers['content-length'])).toBe(got.body.length);
    expect(brotliDecompressSync(got.body).toString()).toBe(PAGE);
    expect(got.headers.vary).toBe('rsc, next-router-state-tree, Accept-Encoding');
    expect(got.headers.etag).toMatch(/^W\//);
    expect(got.headers['x-nextjs-cache']).toBeUndefined();
    expect(got.headers['transfer-encoding']).toBeUndefined();
    const again = await request('GET', { 'Accept-Encoding': 'br' });
    expect(again.body.equals(got.body)).toBe(true);
  });

  it('ends a cached copy’s shared lifetime by Cairo’s midnight, whenever the copy was rendered', async () => {
    // A copy rendered at 23:55 in Cairo said s-maxage=300; sent again at 23:58:30 it may live 90 s more.
    jest.useFakeTimers({ advanceTimers: true, now: new Date('2026-11-29T23:58:30+02:00') });
    try {
      serve((req, res) => {
        res.setHeader('Cache-Control', 's-maxage=300, stale-while-revalidate=31535700');
        fromCache(req, res);
      });
      expect((await request('GET')).headers['cache-control']).toBe('s-maxage=90, stale-while-revalidate=31535700');
      // At noon the copy's own lifetime is the shorter one and is kept.
      jest.setSystemTime(new Date('2026-11-29T12:00:00+02:00'));
      expect((await request('GET')).headers['cache-control']).toBe('s-maxage=300, stale-while-revalidate=31535700');
    } finally {
      jest.useRealTimers();
    }
  });

  it('sends gzip or nothing to clients that take no Brotli', async () => {
    serve(fromCache);
    const gzip = await request('GET', { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(PAGE);
    const plain = await request('GET');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(PAGE);
    expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(PAGE));
  });

  it('holds a streamed page until it is complete, keeping its status', async () => {
    serve(streamed);
    const got = await request('GET', { 'Accept-Encoding': 'gzip' });
    expect(got.status).toBe(404);
    expect(gunzipSync(got.body).toString()).toBe(PAGE);
    expect(got.headers['content-security-policy']).toContain(scriptHash(SCRIPT));
  });

  it('answers HEAD with the headers GET would get, and no body', async () => {
    serve((req, res) => fromCache({ ...req, method: 'GET' } as IncomingMessage, res));
    const get = await request('GET', { 'Accept-Encoding': 'br' });
    const head = await request('HEAD', { 'Accept-Encoding': 'br' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    for (const name of ['content-length', 'content-encoding', 'content-security-policy', 'etag']) expect(head.headers[name]).toBe(get.headers[name]);
  });

  it('answers a matching If-None-Match with 304 and the page’s policy, and a stale one with the page', async () => {
    serve(fromCache);
    const first = await request('GET');
    const revalidated = await request('GET', { 'If-None-Match': first.headers.etag! });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    expect(revalidated.headers['content-security-policy']).toBe(first.headers['content-security-policy']);
    expect(revalidated.headers.etag).toBe(first.headers.etag);
    expect((await request('GET', { 'If-None-Match': 'W/"older", "next-etag"' })).status).toBe(200);
  });

  it('never answers 304 for an error page', async () => {
    serve(streamed);
    const first = await request('GET');
    expect((await request('GET', { 'If-None-Match': first.headers.etag! })).status).toBe(404);
  });
});

describe('a redirect', () => {
  it('goes out with its status and Location and no body: the page shell Next wraps it in is never shown', async () => {
    serve((_req, res) => {
      res.statusCode = 308;
      res.setHeader('Location', '/news/1001');
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.flushHeaders();
      res.write(PAGE.slice(0, 100));
      res.end(PAGE.slice(100));
    });
    const got = await request('GET', { 'Accept-Encoding': 'br' });
    expect([got.status, got.headers.location, got.headers['content-length'], got.body.length]).toEqual([308, '/news/1001', '0', 0]);
  });

  it('from the proxy or Next’s router (a legacy link, a trailing slash): no body, no Refresh, whether or not the page is finished', async () => {
    for (const finishHtml of [true, false]) {
      serve(
        (_req, res) => {
          // As Next answers a redirect it did not render: the address as text, and Refresh for old browsers.
          res.statusCode = 308;
          res.setHeader('Location', '/news/1001');
          res.setHeader('Refresh', '0;url=/news/1001');
          res.end('/news/1001');
        },
        { finishHtml },
      );
      const got = await request('GET');
      expect([got.status, got.headers.location, got.headers.refresh, got.headers['content-length'], got.body.length]).toEqual([308, '/news/1001', undefined, '0', 0]);
    }
  });
});

describe('what it leaves alone', () => {
  it('streams anything but HTML as written, with headers finalized', async () => {
    serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/x-component', 'x-middleware-rewrite': '/ar/news/1001?q=x' });
      res.write('0:["a"]\n');
      setTimeout(() => res.end('1:["b"]\n'), 5);
    });
    const got = await request('GET', { 'Accept-Encoding': 'br' });
    expect(got.body.toString()).toBe('0:["a"]\n1:["b"]\n');
    expect(got.headers['content-encoding']).toBeUndefined();
    expect(got.headers['transfer-encoding']).toBe('chunked');
    expect(got.headers['x-middleware-rewrite']).toBeUndefined();
    expect(got.headers['x-frame-options']).toBe('DENY');
  });

  it('sends HTML it was not asked to finish (the API, the CMS admin, next dev) as written', async () => {
    serve(fromCache, { finishHtml: false });
    const got = await request('GET', { 'Accept-Encoding': 'br' });
    expect(got.body.toString()).toBe(PAGE);
    expect(got.headers['content-security-policy']).toBe(FALLBACK);
  });
});
