import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { CLIENT_ADDRESS_HEADER } from '@/lib/client-address';
import { writeAnswer } from './answers';
import { limitBody } from './body-limit';
import { judge } from './guard';

/**
 * The server layer: Node's HTTP server hands every request to this code before Next sees it
 * (installed once per process from instrumentation.ts, by patching http.Server.prototype.emit —
 * Next creates its server before instrumentation runs, and offers no other hook this early).
 * lib/server/guard decides what is refused before a byte of the body is read or the URL parsed;
 * a chunked body is cut at its path's limit (lib/server/body-limit); the connection's address is
 * written into a private header, after deleting any value a client sent under that name.
 *
 * Where no Node HTTP server runs (Vercel's functions, pages from its cache) none of this happens.
 */

let installed = false;

export function installServerLayer({ dev = false } = {}): void {
  if (installed) return;
  installed = true;

  /** True when the request was answered here. */
  function onRequest(req: IncomingMessage, res: ServerResponse): boolean {
    const verdict = judge(req.method ?? '', req.url ?? '', req.headers['content-length']);
    if ('answer' in verdict) {
      writeAnswer(req, res, verdict.answer, dev);
      return true;
    }
    delete req.headers[CLIENT_ADDRESS_HEADER];
    req.headers[CLIENT_ADDRESS_HEADER] = req.socket.remoteAddress ?? '';
    if (verdict.pass.bodyLimit !== undefined) limitBody(req, res, verdict.pass.bodyLimit);
    return false;
  }

  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request' && onRequest(args[0] as IncomingMessage, args[1] as ServerResponse)) return true;
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
