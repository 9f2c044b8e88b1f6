import http from 'node:http';
import { PAGE_METHODS } from './request-guard';
import { securityHeaderObject } from './security-headers';

/**
 * TRACE and TRACK are methods the Fetch standard forbids: Next cannot even build the
 * Request object for the proxy or a route handler, throws, and answers 500 before any of our code
 * runs. So the server answers them itself, with an empty 405, before Next sees them. Installed
 * once per process from instrumentation.ts; a no-op where no Node http server runs (serverless).
 */
export const FORBIDDEN_METHODS = new Set(['TRACE', 'TRACK']);

let installed = false;

export function refuseForbiddenMethods(): void {
  if (installed) return;
  installed = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      if (FORBIDDEN_METHODS.has(request.method ?? '')) {
        response.writeHead(405, { ...securityHeaderObject(), Allow: PAGE_METHODS, 'Cache-Control': 'no-store', 'Content-Length': '0' });
        response.end();
        return true;
      }
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
