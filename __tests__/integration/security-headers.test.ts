/**
 * Every kind of response the production server gives carries the security headers of
 * lib/security-headers — pages, feeds, sitemaps, cards, images, hashed assets, the API, 404s,
 * redirects, the proxy's and the server's own refusals (400, 405, 413, 431) — and none carries
 * Next's internal headers. HTML pages get the policy with the hashes of their own inline scripts
 * instead of 'unsafe-inline'; everything else the fallback policy. The pages need nothing the
 * policy forbids.
 */
import { inlineScripts } from '@/lib/server/inline-scripts';
import { CROSS_ORIGIN_RESOURCE, securityHeaderObject } from '@/lib/security-headers';
import { raw, rawBytes, type RawRequest, type RawResponse } from './raw-http';

const EXPECTED = securityHeaderObject();

let articleHtml = '';
let card = '';
let chunk = '';
let picture = '';

beforeAll(async () => {
  // An uploaded picture, as the feeds name it (the CMS serves it under its API).
  picture = new URL(/<enclosure url="([^"]+)"/.exec((await raw({ path: '/rss.xml' })).body)![1]!).pathname;
  articleHtml = (await raw({ path: '/news/1001' })).body;
  card = new URL(/<meta property="og:image" content="([^"]+)"/.exec(articleHtml)![1]!).pathname;
  chunk = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(articleHtml)![1]!;
});

interface Case extends RawRequest {
  kind: string;
  /** The answer's status; -1: the API's 401 or 503 (with or without a secret); 3: any redirect. */
  status: number;
  /** Bytes to write to a socket instead of a well-formed request. */
  bytes?: string;
  /** An HTML page the server finished, or one of its own answers: scripts by hash only (none for its own). */
  html?: boolean;
  /** Files other sites embed: social cards and images. */
  crossOrigin?: boolean;
  /** Next's image optimizer sends its own, stricter policy for images: a sandbox with no scripts at all. */
  csp?: string;
}

const IMAGE_OPTIMIZER_CSP = "script-src 'none'; frame-src 'none'; sandbox;";

const CASES = (): Case[] => [
  { kind: 'home page', path: '/', status: 200, html: true },
  { kind: 'English home page', path: '/en', status: 200, html: true },
  { kind: 'article', path: '/news/1001', status: 200, html: true },
  { kind: 'article (HEAD)', method: 'HEAD', path: '/news/1001', status: 200, html: true },
  { kind: 'section page', path: '/section/economy', status: 200, html: true },
  { kind: 'tag page', path: `/tag/${encodeURIComponent('الذكاء الاصطناعي')}`, status: 200, html: true },
  { kind: 'page with a query', path: '/news/1001?utm_source=x&q=%3Cscript%3E', status: 200, html: true },
  { kind: 'RSS feed', path: '/rss.xml', status: 200 },
  { kind: 'section feed', path: '/en/section/economy/rss.xml', status: 200 },
  { kind: 'sitemap', path: '/sitemap.xml', status: 200 },
  { kind: 'news sitemap', path: '/news-sitemap.xml', status: 200 },
  { kind: 'robots.txt', path: '/robots.txt', status: 200 },
  { kind: 'manifest', path: '/manifest.webmanifest', status: 200 },
  { kind: 'social card', path: card, status: 200, crossOrigin: true },
  { kind: 'article image', path: '/images/articles/1001-spacex-ipo.webp', status: 200, crossOrigin: true },
  { kind: 'uploaded picture', path: picture, status: 200, crossOrigin: true },
  { kind: 'missing upload (404, not Payload’s 500)', path: '/api/media/file/no-such-picture.webp', status: 404, crossOrigin: true },
  { kind: 'optimized image', path: '/_next/image?url=%2Fimages%2Farticles%2F1001-spacex-ipo.webp&w=640&q=75', status: 200, crossOrigin: true, csp: IMAGE_OPTIMIZER_CSP },
  { kind: 'icon', path: '/icons/icon-192.png', status: 200, crossOrigin: true },
  { kind: 'hashed script', path: chunk, status: 200 },
  { kind: 'API (wrong method)', path: '/api/revalidate', status: 405 },
  { kind: 'API (no secret)', method: 'POST', path: '/api/revalidate', headers: { Authorization: 'Bearer wrong-wrong-wrong-wrong' }, status: -1 },
  { kind: 'unknown article (404)', path: '/news/99999999', status: 404, html: true },
  { kind: 'unknown path (404)', path: '/no/such/page', status: 404, html: true },
  { kind: 'unknown file (404)', path: '/no-such-file.txt', status: 404, html: true },
  { kind: 'missing image (404)', path: '/images/articles/no-such.webp', status: 404, crossOrigin: true },
  { kind: 'unknown card (404)', path: '/cards/nothing.jpg', status: 404, crossOrigin: true },
  { kind: 'malformed URL (proxy 400)', path: '/tag/%E0%A4%A', status: 400, html: true },
  { kind: 'encoded dot segment (server 400)', path: '/tag/%2e%2e', status: 400, html: true },
  { kind: 'absolute-form target (server 400)', path: 'http://evil.example/news/1001', status: 400, html: true },
  { kind: 'POST on a page (server 405)', method: 'POST', path: '/news/1001', status: 405, html: true },
  { kind: 'body over the API limit (server 413)', method: 'POST', path: '/api/revalidate', body: 'x'.repeat(17 * 1024), status: 413, html: true },
  { kind: 'OPTIONS (proxy 204)', method: 'OPTIONS', path: '/', status: 204 },
  { kind: 'TRACE (server 405)', method: 'TRACE', path: '/', status: 405, html: true },
  { kind: 'old article URL (redirect)', path: '/1001', status: 3 },
  { kind: 'old essay URL (redirect)', path: '/essay/1001', status: 3 },
  { kind: 'Arabic URL with its prefix (redirect)', path: '/ar/news/1001', status: 3 },
  { kind: 'headers over 16 KB (server 431)', path: '/news/1001', headers: { Cookie: `a=${'x'.repeat(20 * 1024)}` }, status: 431, html: true },
  { kind: 'unparseable request (server 400)', path: '/', bytes: 'GET /news/1001 HTTP/1.1\r\nHost: 127.0.0.1\r\nNo colon here\r\nConnection: close\r\n\r\n', status: 400, html: true },
];

/** Header names as sent: the same header twice would be joined with ", " by Node and misread by browsers. */
function single(response: RawResponse, name: string): string | undefined {
  const value = response.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(' | ') : value;
}

/** The policy without its script-src, and its script-src alone. */
function splitPolicy(policy: string): { rest: string; scriptSrc: string } {
  const directives = policy.split(';').map((d) => d.trim());
  return { rest: directives.filter((d) => !d.startsWith('script-src ')).join('; '), scriptSrc: directives.find((d) => d.startsWith('script-src ')) ?? '' };
}

describe('security headers on every kind of response', () => {
  it.each(CASES().map((c) => [c.kind, c] as const))('%s', async (kind) => {
    // Built again here: card and chunk paths are only known once beforeAll has run.
    const { status, crossOrigin, csp, bytes, html, ...request } = CASES().find((x) => x.kind === kind)!;
    const response = bytes ? await rawBytes(bytes) : await raw(request);
    if (status === -1) expect([401, 503]).toContain(response.status);
    else if (status === 3) expect(String(response.status)).toMatch(/^3\d\d$/);
    else expect(response.status).toBe(status);
    for (const [name, value] of Object.entries(EXPECTED)) {
      let expected = name === CROSS_ORIGIN_RESOURCE.key && crossOrigin ? CROSS_ORIGIN_RESOURCE.value : value;
      if (name === 'Content-Security-Policy' && csp) expected = csp;
      if (name === 'Content-Security-Policy' && html) {
        // Every other directive as in the fallback; scripts from our origin and by hash only.
        const served = splitPolicy(single(response, name) ?? '');
        expect(served.rest).toBe(splitPolicy(value).rest);
        expect(served.scriptSrc).toMatch(/^script-src 'self'(?: 'sha256-[A-Za-z0-9+/]{43}=')*$/);
        continue;
      }
      expect(`${name}: ${single(response, name)}`).toBe(`${name}: ${expected}`);
    }
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(Object.keys(response.headers).filter((h) => /^x-(?:nextjs|middleware)-/.test(h))).toEqual([]);
  });
});

describe('the CMS’s API is kept out of search engines, its uploaded pictures are not', () => {
  it('sends noindex on the API, none on a picture the sitemaps and feeds name', async () => {
    expect(picture).toMatch(/^\/api\/media\/file\//);
    expect((await raw({ path: picture })).headers['x-robots-tag']).toBeUndefined();
    expect((await raw({ path: '/api/sections' })).headers['x-robots-tag']).toBe('noindex, nofollow');
    expect((await raw({ path: '/api/media/file/no-such-picture.webp' })).headers['x-robots-tag']).toBeUndefined();
  });
});

describe('what the policy allows is all the pages need', () => {
  it('loads scripts, styles, fonts and images from our own origin only', () => {
    const urls = [...articleHtml.matchAll(/<(?:script|link|img)\b[^>]*\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(3);
    const external = urls.filter((u) => /^(?:https?:)?\/\//.test(u) && !u.startsWith('https://www.alwafd.news/'));
    expect(external).toEqual([]);
    // Absolute links to our own domain are canonical/alternate <link>s, never resources.
    const ownAbsolute = [...articleHtml.matchAll(/<(?:script|img)\b[^>]*\ssrc="https?:[^"]+"/g)];
    expect(ownAbsolute).toEqual([]);
  });

  it('uses inline scripts only for Next’s bootstrap and the JSON-LD, and no inline event handlers', () => {
    const inline = [...articleHtml.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(inline.length).toBeGreaterThan(0);
    for (const [, attributes, body] of inline) {
      const isData = /type="application\/ld\+json"/.test(attributes!);
      const isNext = /^\(?(?:self\.__next_f|\(self\.__next_f|\(globalThis\["TURBOPACK"\]|\$RC|document\.|requestAnimationFrame)/.test(body!.trim());
      // The server's loader that asks for Next's runtime after load (lib/server/runtime-after-load).
      const isRuntimeLoader = body!.startsWith('(function(){var s=["/_next/static/');
      if (!isData && !isNext && !isRuntimeLoader) throw new Error(`unexpected inline script: ${body!.slice(0, 120)}`);
    }
    expect(articleHtml).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
  });

  // Each inline script is a hash of 54 bytes in every answer's headers (lib/server/flight-in-one-script).
  it('carries the page’s data in one inline script, however many chunks Next wrote it in', () => {
    const payload = inlineScripts(articleHtml).filter((script) => script.includes('self.__next_f'));
    expect(payload).toHaveLength(1);
    expect(payload[0]).toMatch(/^\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(\[0\]\)(?:;self\.__next_f\.push\(\[1,"[^<]*"\]\)){3,}$/);
  });

  it('needs no data: or blob: URLs', () => {
    expect(articleHtml).not.toMatch(/(?:src|href|srcset)="(?:data|blob):/i);
  });
});
