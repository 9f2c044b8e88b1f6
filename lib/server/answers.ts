import http, { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { pictureRefusal } from '@/cms/picture-refusal';
import { newsroomTextFor } from '@/cms/translations';
import { CMS_BODY_LIMIT, CMS_LIMIT_MB, UPLOAD_LIMIT_MB } from '@/lib/body-limits';
import { ERROR_PAGE_CACHE, NO_STORE } from '@/lib/cache-control';
import { defaultLocale, type Locale } from '@/lib/locales';
import { localeOfPath, PAGE_METHODS } from '@/lib/request-guard';
import { contentSecurityPolicy, securityHeaderObject } from '@/lib/security-headers';
import { smallPageHtml } from '@/lib/small-page';
import type { Answer } from './guard';
import { lingerBeforeClose } from './linger';

/**
 * The answers the HTTP server writes itself: the guard's refusals (lib/server/guard) and the
 * answers to requests Node cannot parse ('clientError'), each with the security headers.
 */

/** Our own pages carry no script at all: the hashed form of the policy, with no hashes. */
function headersFor(dev: boolean): Record<string, string> {
  return { ...securityHeaderObject({ dev }), 'Content-Security-Policy': contentSecurityPolicy({ dev, scriptHashes: [] }) };
}

const HTML = 'text/html; charset=utf-8';

/** The request announced a body: it will not be read, so the connection cannot carry another request. */
const hasBody = (req: IncomingMessage) => Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;

/** The headers that say the admin's language (cms/translations adminLanguage), as the Fetch API has them. */
function adminHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const name of ['cookie', 'accept-language'] as const) {
    const value = req.headers[name];
    if (typeof value === 'string') headers.set(name, value);
  }
  return headers;
}

export function writeAnswer(req: IncomingMessage, res: ServerResponse, answer: Answer, dev = false): void {
  const headers: Record<string, string> = headersFor(dev);
  let body = '';
  if (answer.status === 204) {
    Object.assign(headers, { Allow: PAGE_METHODS, 'Cache-Control': NO_STORE });
  } else if (answer.status === 400 && answer.json) {
    body = `${JSON.stringify({ error: 'the link is malformed: a percent-escape in its path is not UTF-8' })}\n`;
    Object.assign(headers, { 'Content-Type': 'application/json', 'Cache-Control': ERROR_PAGE_CACHE });
  } else if (answer.status === 400) {
    body = smallPageHtml('badRequest', answer.locale);
    Object.assign(headers, { 'Content-Type': HTML, 'Cache-Control': ERROR_PAGE_CACHE });
  } else if (answer.status === 405) {
    body = smallPageHtml('methodNotAllowed', answer.locale);
    Object.assign(headers, { 'Content-Type': HTML, Allow: PAGE_METHODS, 'Cache-Control': NO_STORE });
  } else if (answer.upload) {
    // A picture too large, from the admin's form or an importer: said as Payload says a field's refusal,
    // in the admin's language, so the form shows it under the file (Payload's admin otherwise says, in
    // English whatever its language, that the request was too large).
    body = `${JSON.stringify(pictureRefusal((key, values) => newsroomTextFor(adminHeaders(req), key, values), 'pictureTooLarge', { max: UPLOAD_LIMIT_MB }))}\n`;
    Object.assign(headers, { 'Content-Type': 'application/json', 'Cache-Control': NO_STORE });
  } else {
    // The newsroom's API is told as Payload says an error, in the admin's language; the tools' small
    // routes (the publishing API, the reading beacon) keep their own words, as their routes say them.
    body =
      answer.limit === CMS_BODY_LIMIT
        ? `${JSON.stringify({ errors: [{ message: newsroomTextFor(adminHeaders(req), 'bodyTooLarge', { max: CMS_LIMIT_MB }) }] })}\n`
        : `${JSON.stringify({ error: `the body is too large (at most ${answer.limit} bytes)` })}\n`;
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

/**
 * What can be read of a request Node gave up on (the bytes it had, `rawPacket`): whether its request
 * line alone is over Node's limit for a request's head — a link too long (414), where headers over it
 * are 431 — and the edition its path names, so the page speaks the reader's language (the default
 * edition when the line cannot be read at all).
 */
export function requestLine(raw: Buffer | undefined, limit = http.maxHeaderSize): { tooLong: boolean; locale: Locale } {
  const text = raw ? raw.subarray(0, limit + 1024).toString('latin1') : '';
  const end = text.indexOf('\n');
  const line = end === -1 ? text : text.slice(0, end);
  // The path without its query: '/en?utm=…' names the English edition — whatever the method, which
  // may be what Node could not parse ("get /en/news/1").
  const path = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+ (\/[^\s?#]*)/.exec(line)?.[1];
  return { tooLong: line.length >= limit, locale: path ? localeOfPath(path) : defaultLocale };
}

/** Sockets already answered: Node reports every later chunk of a broken request again. */
const answered = new WeakSet<Duplex>();

/**
 * What Node would answer a request it cannot parse — 431 for headers over its limit (414 when the
 * link itself is), 400 for malformed ones, 408 for a request too slow to arrive — but with the
 * security headers and, for the first three, a small page in the edition the link names. (Node's
 * own answers carry no headers at all.)
 */
export function answerClientError(error: Error & { code?: string; rawPacket?: Buffer }, socket: Duplex, dev = false): void {
  if (answered.has(socket)) return;
  answered.add(socket);
  const response = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || response?.headersSent) {
    socket.destroy();
    return;
  }
  const line = requestLine(error.rawPacket);
  const status =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? line.tooLong
        ? 414
        : 431
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 408
        : error.code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW'
          ? 413
          : 400;
  const body =
    status === 431 ? smallPageHtml('requestTooLarge', line.locale) : status === 414 ? smallPageHtml('uriTooLong', line.locale) : status === 400 ? smallPageHtml('badRequest', line.locale) : '';
  const headers: Record<string, string> = { ...headersFor(dev), 'Cache-Control': NO_STORE, Connection: 'close', 'Content-Length': String(Buffer.byteLength(body)) };
  if (body) headers['Content-Type'] = HTML;
  const head = [`HTTP/1.1 ${status} ${STATUS_CODES[status]}`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)].join('\r\n');
  socket.end(`${head}\r\n\r\n${body}`, () => socket.destroy());
}
