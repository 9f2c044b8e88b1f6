import type { IncomingMessage, ServerResponse } from 'node:http';
import { ERROR_PAGE_CACHE, NO_STORE } from '@/lib/cache-control';
import { PAGE_METHODS } from '@/lib/request-guard';
import { contentSecurityPolicy, securityHeaderObject } from '@/lib/security-headers';
import { smallPageHtml } from '@/lib/small-page';
import type { Answer } from './guard';
import { lingerBeforeClose } from './linger';

/** The answers the HTTP server writes itself: the guard's refusals (lib/server/guard), each with the security headers. */

/** Our own pages carry no script at all: the hashed form of the policy, with no hashes. */
function headersFor(dev: boolean): Record<string, string> {
  return { ...securityHeaderObject({ dev }), 'Content-Security-Policy': contentSecurityPolicy({ dev, scriptHashes: [] }) };
}

const HTML = 'text/html; charset=utf-8';

/** The request announced a body: it will not be read, so the connection cannot carry another request. */
const hasBody = (req: IncomingMessage) => Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;

export function writeAnswer(req: IncomingMessage, res: ServerResponse, answer: Answer, dev = false): void {
  const headers: Record<string, string> = headersFor(dev);
  let body = '';
  if (answer.status === 204) {
    Object.assign(headers, { Allow: PAGE_METHODS, 'Cache-Control': NO_STORE });
  } else if (answer.status === 400) {
    body = smallPageHtml('badRequest', answer.locale);
    Object.assign(headers, { 'Content-Type': HTML, 'Cache-Control': ERROR_PAGE_CACHE });
  } else if (answer.status === 405) {
    body = smallPageHtml('methodNotAllowed', answer.locale);
    Object.assign(headers, { 'Content-Type': HTML, Allow: PAGE_METHODS, 'Cache-Control': NO_STORE });
  } else {
    body = `${JSON.stringify({ error: `the body is too large (at most ${answer.limit} bytes)` })}\n`;
    Object.assign(headers, { 'Content-Type': 'application/json', 'Cache-Control': NO_STORE });
  }
  if (hasBody(req)) {
    headers.Connection = 'close';
    lingerBeforeClose(req.socket);
  }
  headers['Content-Length'] = String(Buffer.byteLength(body));
  res.writeHead(answer.status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}
