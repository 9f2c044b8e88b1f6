import compression from 'compression';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { handOver } from '@/lib/cache/copies-begun-before-a-change';
import { CLIENT_ADDRESS_HEADER } from '@/lib/client-address';
import { contentSecurityPolicy } from '@/lib/security-headers';
import { Admission, readersAtOnce } from './admission';
import { answerClientError, writeAnswer } from './answers';
import { limitBody } from './body-limit';
import { FinishedPages } from './finished-pages';
import { judge } from './guard';
import { finishResponse, isHtml, type ResponsePlan } from './html-finisher';
import { joinFlightScripts } from './flight-in-one-script';
import { runtimeAfterLoad } from './runtime-after-load';

/**
 * The server layer: Node's HTTP server hands every request to this code before Next sees it
 * (installed once per process from instrumentation.ts, by patching http.Server.prototype.emit —
 * Next creates its server before instrumentation runs, and offers no other hook this early).
 *
 * 1. lib/server/guard decides what is refused before a byte of the body is read or the URL parsed.
 * 2. The connection's address is written into a private header, after deleting any client's value.
 * 3. Each response is wrapped: internal headers out, security headers in, HTML pages finished with
 *    Next's runtime asked for after load (lib/server/runtime-after-load), the RSC payload in one
 *    script (lib/server/flight-in-one-script), a hashed script policy and
 *    compression (lib/server/html-finisher); everything else compressed
 *    as it streams by the `compression` middleware, as Next did before `compress: false`.
 * 4. Readers' requests are worked on a few at a time, the rest waiting in order (lib/server/admission).
 * 5. Requests Node cannot parse get answers with the security headers (lib/server/answers).
 * 6. Each request is dated as Next gets it: a copy of a page begun before a change is not kept after
 *    it (lib/cache/copies-begun-before-a-change).
 *
 * Where no Node HTTP server runs (Vercel's functions, pages from its cache) none of this happens;
 * see README, "Security".
 */

/** Compressed pages kept in memory, across every version of every page. */
const FINISHED_PAGES_MAX_BYTES = 32 * 1024 * 1024;

/**
 * Next's own files: the hashed build output, read from disk, and the image optimiser, which works
 * in sharp's threads and asks Next for the original in-process. Neither renders, neither waits.
 */
const NEXT_FILES = '/_next/';
const READ_METHODS = new Set(['GET', 'HEAD']);

let installed = false;

export function installServerLayer({ dev = false } = {}): void {
  if (installed) return;
  installed = true;
  // RUNTIME_AFTER_LOAD=off leaves Next's runtime tags where Next writes them: the other side of an A/B
  // (BENCHMARKS.md). The payload is joined either way: the A/B is about the runtime alone.
  const afterLoad = process.env.RUNTIME_AFTER_LOAD !== 'off';
  const prepare = (html: string) => joinFlightScripts(afterLoad ? runtimeAfterLoad(html) : html);
  const pages = new FinishedPages(FINISHED_PAGES_MAX_BYTES, (scriptHashes) => contentSecurityPolicy({ dev, scriptHashes }), undefined, prepare);
  const plans = new WeakMap<IncomingMessage, ResponsePlan>();
  const compress = compression({
    // HTML the finisher holds is compressed there, once per version of the page.
    filter: (req, res) => !(plans.get(req as IncomingMessage)?.finishHtml && isHtml(res.getHeader('content-type'))) && compression.filter(req, res),
  });

  const admission = new Admission(readersAtOnce());

  /** 'answered' when the request was answered here, 'admitted' when it was started or waits for its turn (lib/server/admission). */
  function onRequest(req: IncomingMessage, res: ServerResponse, start: () => void): 'answered' | 'admitted' | 'pass' {
    const verdict = judge(req.method ?? '', req.url ?? '', req.headers['content-length'], req.headers.host);
    if ('answer' in verdict) {
      writeAnswer(req, res, verdict.answer, dev);
      return 'answered';
    }
    const { pathname, reader, bodyLimit } = verdict.pass;
    delete req.headers[CLIENT_ADDRESS_HEADER];
    req.headers[CLIENT_ADDRESS_HEADER] = req.socket.remoteAddress ?? '';
    if (bodyLimit !== undefined) limitBody(req, res, bodyLimit);

    const head = req.method === 'HEAD';
    const plan: ResponsePlan = {
      pathname,
      rsc: req.headers.rsc === '1',
      dev,
      finishHtml: !dev && reader && (head || req.method === 'GET'),
      head,
      acceptEncoding: req.headers['accept-encoding'],
      // The finisher answers conditional requests for pages against the finished page's ETag. The
      // header stays in the request: Next never matches that ETag (its own differ), so it renders the
      // page in full, and it still answers 304 for feeds and files against its own ETags.
      ifNoneMatch: req.headers['if-none-match'],
    };
    // "*" matches any current representation (RFC 9110, 13.1.2), and Next matched it against the
    // missing-story page a 404 is drawn from: 304 for a story that does not exist. The finisher
    // answers "*" for pages itself, on 200s only; a feed or file asked this way loses only a 304.
    if (plan.finishHtml && plan.ifNoneMatch?.trim() === '*') delete req.headers['if-none-match'];
    // Next answers HEAD without a body; the finisher needs the page to hash and measure it.
    if (plan.finishHtml && head) req.method = 'GET';
    plans.set(req, plan);
    finishResponse(res, plan, pages);
    compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => {});
    // Readers' reads take turns; the newsroom (admin, API writes) and Next's files never wait behind them.
    if (!reader || !READ_METHODS.has(req.method ?? '') || pathname.startsWith(NEXT_FILES)) return 'pass';
    admission.admit(res, start);
    return 'admitted';
  }

  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') {
      const [req, res] = args as [IncomingMessage, ServerResponse];
      // Dated when Next gets it, not when it arrived: a reader waiting for a turn has read nothing yet.
      const toNext = () => handOver(() => Reflect.apply(emit, this, [event, req, res]) as boolean);
      const verdict = onRequest(req, res, toNext);
      return verdict === 'pass' ? toNext() : true;
    }
    if (event === 'clientError') {
      answerClientError(args[0] as Error, args[1] as Duplex, dev);
      return true;
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
