import { OutgoingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { preferredEncoding } from './encoding';
import type { FinishedPages } from './finished-pages';
import { finalizeHeaders, type HeaderContext } from './response-headers';

/**
 * Every response the server writes passes through here (lib/server/install wraps each one before
 * Next sees it). At writeHead its headers are finalized (Next's internal ones out, missing
 * security headers in). An HTML response to a read of a reader page is then held back instead of
 * sent: once complete, its runtime's scripts are moved behind a loader that asks for them after
 * load (lib/server/runtime-after-load), and it gets the Content-Security-Policy that lists the
 * hashes of its own inline scripts, a weak ETag, its bytes in the client's preferred coding (next.config sets
 * `compress: false`; the other responses are compressed by the `compression` middleware), and an
 * exact Content-Length; a matching If-None-Match gets a 304 and a HEAD the headers alone. All of it
 * is computed once per version of a page (lib/server/finished-pages). A redirect goes out with no
 * body (Next wraps a page's permanentRedirect() in the whole page shell) and no Refresh. Nothing else is buffered:
 * RSC payloads, feeds, files and streams go out as Next writes them.
 */

export interface ResponsePlan extends HeaderContext {
  /** Hold and finish HTML: a GET or HEAD of a reader page on the production server. */
  finishHtml: boolean;
  acceptEncoding?: string;
  /** The request's If-None-Match, compared with the finished page's ETag. */
  ifNoneMatch?: string;
  /** The client asked HEAD (Next was asked GET, so that there is a body to hash). */
  head: boolean;
}

export const isHtml = (contentType: unknown) => typeof contentType === 'string' && /^\s*text\/html\s*(?:;|$)/i.test(contentType);

/** HTML with a body that is not already encoded: the responses this module finishes. */
function finishes(res: ServerResponse, status: number): boolean {
  return isHtml(res.getHeader('content-type')) && !res.hasHeader('content-encoding') && status >= 200 && status !== 204 && status !== 304;
}

/** A redirect, from a page or not: its Location is all a client reads. */
function redirects(res: ServerResponse, status: number): boolean {
  return status >= 300 && status < 400 && status !== 304 && res.hasHeader('location') && !res.hasHeader('content-encoding');
}

/** writeHead's headers argument merged into the response, as Node itself does when setHeader was used too. */
function applyHeaders(res: ServerResponse, headers: OutgoingHttpHeaders | readonly unknown[] | undefined): void {
  if (!headers) return;
  if (Array.isArray(headers)) {
    const pairs: [string, string][] = Array.isArray(headers[0])
      ? (headers as [string, string][])
      : Array.from({ length: headers.length / 2 }, (_, i) => [String(headers[2 * i]), String(headers[2 * i + 1])]);
    for (const [name] of pairs) res.removeHeader(name);
    for (const [name, value] of pairs) res.appendHeader(name, value);
    return;
  }
  for (const [name, value] of Object.entries(headers as OutgoingHttpHeaders)) if (name && value !== undefined) res.setHeader(name, value);
}

/** Weak comparison (RFC 9110 §13.1.2): W/"x" matches "x"; * matches any. */
function etagMatches(ifNoneMatch: string, etag: string): boolean {
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}

function addVary(res: ServerResponse, name: string): void {
  const vary = String(res.getHeader('vary') ?? '');
  if (vary.split(',').some((v) => v.trim().toLowerCase() === name.toLowerCase() || v.trim() === '*')) return;
  res.setHeader('Vary', vary ? `${vary}, ${name}` : name);
}

const nativeHeadersSent = Object.getOwnPropertyDescriptor(OutgoingMessage.prototype, 'headersSent')!.get!;

type Callback = (error?: Error | null) => void;
/** Node's own methods, called with the argument shapes Node accepts. */
type Method = (this: ServerResponse, ...args: unknown[]) => unknown;

export function finishResponse(res: ServerResponse, plan: ResponsePlan, pages: FinishedPages): void {
  const original = {
    writeHead: res.writeHead as unknown as Method,
    write: res.write as unknown as Method,
    end: res.end as unknown as Method,
    flushHeaders: res.flushHeaders as unknown as Method,
  };
  // open: nothing written yet; pass: written as Next writes; hold: an HTML page being collected;
  // sent: the finished page handed to Node.
  // bodiless: a redirect, whose body is dropped as Next writes it.
  let mode: 'open' | 'pass' | 'hold' | 'sent' | 'bodiless' = 'open';
  const chunks: Buffer[] = [];

  // While a page is held, its headers count as sent: Next and the compression middleware behave as
  // they do while streaming, and nobody writes headers twice. (Next's own setHeader then ignores
  // calls, so the held state ends before the finished headers are set.)
  Object.defineProperty(res, 'headersSent', { configurable: true, get: () => mode === 'hold' || nativeHeadersSent.call(res) });

  const collect = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    chunks.push(Buffer.isBuffer(chunk) ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk) : Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
  };

  function send(callback?: Callback) {
    mode = 'sent';
    const body = Buffer.concat(chunks);
    const status = res.statusCode;
    let page;
    try {
      // Only pages worth keeping are kept: a 404's body differs with every junk URL (its path is in it).
      page = pages.finish(body, status === 200);
    } catch (error) {
      // Never lose a page over its policy: it goes out as Next made it, under next.config's policy.
      console.error('[server] could not finish an HTML response', error);
      original.writeHead.call(res, status);
      return original.end.call(res, plan.head ? undefined : body, callback);
    }
    res.setHeader('Content-Security-Policy', page.policy);
    res.setHeader('ETag', page.etag);
    addVary(res, 'Accept-Encoding');
    res.removeHeader('Transfer-Encoding');
    if (status === 200 && plan.ifNoneMatch && etagMatches(plan.ifNoneMatch, page.etag)) {
      res.removeHeader('Content-Length');
      original.writeHead.call(res, 304);
      return original.end.call(res, callback);
    }
    const encoding = preferredEncoding(plan.acceptEncoding);
    const bytes = pages.encoded(page, body, encoding);
    if (encoding === 'identity') res.removeHeader('Content-Encoding');
    else res.setHeader('Content-Encoding', encoding);
    res.setHeader('Content-Length', bytes.length);
    original.writeHead.call(res, status, res.statusMessage || undefined);
    // HEAD: Node sends no body anyway; the headers say what GET would get.
    return plan.head ? original.end.call(res, callback) : original.end.call(res, bytes, callback);
  }

  res.writeHead = function writeHead(this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (mode === 'hold') return this;
    if (mode !== 'open') return Reflect.apply(original.writeHead, this, [statusCode, ...rest]);
    const [reason, headers] = typeof rest[0] === 'string' ? [rest[0], rest[1]] : [undefined, rest[0]];
    applyHeaders(this, headers as OutgoingHttpHeaders | undefined);
    this.statusCode = statusCode;
    if (reason !== undefined) this.statusMessage = reason;
    finalizeHeaders(this, plan);
    if (redirects(this, statusCode)) {
      // A redirect's body is never shown (the browser follows Location at once): a page that calls
      // permanentRedirect() comes wrapped in the whole page shell (≈ 25 KB), the proxy's and Next's own
      // redirects (a legacy link, a trailing slash) with the address again as text and a Refresh header
      // for browsers that predate 308. Each goes as Location alone, its body dropped as it is written.
      mode = 'bodiless';
      this.removeHeader('Refresh');
      this.removeHeader('Transfer-Encoding');
      this.removeHeader('Content-Type');
      this.setHeader('Content-Length', 0);
      return reason === undefined ? original.writeHead.call(this, statusCode) : original.writeHead.call(this, statusCode, reason);
    }
    if (plan.finishHtml && finishes(this, statusCode)) {
      mode = 'hold';
      return this;
    }
    mode = 'pass';
    return reason === undefined ? original.writeHead.call(this, statusCode) : original.writeHead.call(this, statusCode, reason);
  } as unknown as ServerResponse['writeHead'];

  res.flushHeaders = function flushHeaders(this: ServerResponse) {
    if (mode === 'open') this.writeHead(this.statusCode);
    if (mode !== 'hold') original.flushHeaders.call(this);
  };

  res.write = function write(this: ServerResponse, chunk: unknown, encoding?: unknown, callback?: unknown) {
    if (mode === 'open') this.writeHead(this.statusCode);
    if (mode === 'bodiless') {
      const done = typeof encoding === 'function' ? encoding : callback;
      if (typeof done === 'function') process.nextTick(done as Callback);
      return true;
    }
    // eslint-disable-next-line prefer-rest-params -- passed on exactly as received
    if (mode !== 'hold') return Reflect.apply(original.write, this, arguments) as boolean;
    collect(chunk, encoding);
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') process.nextTick(done as Callback);
    return true;
  } as unknown as ServerResponse['write'];

  res.end = function end(this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    if (mode === 'open') this.writeHead(this.statusCode);
    if (mode === 'bodiless') return original.end.call(this, [chunk, encoding, callback].find((a) => typeof a === 'function')) as ServerResponse;
    // eslint-disable-next-line prefer-rest-params -- passed on exactly as received
    if (mode !== 'hold') return Reflect.apply(original.end, this, arguments) as ServerResponse;
    const done = [chunk, encoding, callback].find((a) => typeof a === 'function') as Callback | undefined;
    collect(chunk, encoding);
    send(done);
    return this;
  } as unknown as ServerResponse['end'];
}
