import http from 'node:http';
import net from 'node:net';
import zlib from 'node:zlib';
import { BASE_URL } from './server';

/**
 * A request with exactly these bytes on the wire. `fetch` normalises paths ("..", escapes) and
 * refuses some methods and headers; hostile clients do not, so the hostile tests use this.
 */

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface RawRequest {
  /** Another server than BASE_URL (the publishing test starts its own). */
  base?: string;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** The client's own address: another 127.x.y.z is another client to the server. */
  localAddress?: string;
}

/** Bodies are cut at this size: enough to look for leaks, not enough to exhaust memory. */
const MAX_BODY = 2 * 1024 * 1024;

/** One connection per request (no keep-alive): a pooled socket the server has closed would fail the next test. */
export function raw({ base = BASE_URL, method = 'GET', path, headers = {}, body, localAddress }: RawRequest): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: hostname,
        port,
        method,
        path,
        // An explicit Host (even an empty or hostile one) goes out as given.
        setHost: !Object.keys(headers).some((h) => h.toLowerCase() === 'host'),
        headers,
        agent: false,
        localAddress,
      },
      (response) => {
        // Whatever coding the server chose (it may pick Brotli for an odd Accept-Encoding), the body
        // is checked as text.
        const coding = String(response.headers['content-encoding'] ?? '');
        const decoder = coding === 'br' ? zlib.createBrotliDecompress() : coding === 'gzip' ? zlib.createGunzip() : coding === 'deflate' ? zlib.createInflate() : undefined;
        const stream = decoder ? response.pipe(decoder) : response;
        let text = '';
        stream.setEncoding('utf8');
        stream.on('data', (chunk: string) => {
          if (text.length < MAX_BODY) text += chunk;
        });
        stream.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
        stream.on('error', reject);
        response.on('error', reject);
      },
    );
    request.setTimeout(30_000, () => request.destroy(new Error(`timeout: ${method} ${path.slice(0, 80)}`)));
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * Bytes no HTTP client library will send — a broken request line, a stray NUL — written straight
 * to a socket; the answer is read until the server closes the connection (send `Connection: close`).
 * A chunked body is returned as it came, chunk sizes included.
 */
export function rawBytes(bytes: string | Buffer, base = BASE_URL): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.setTimeout(30_000, () => socket.destroy(new Error('timeout waiting for the server to close')));
    socket.on('connect', () => socket.write(bytes));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const end = text.indexOf('\r\n\r\n');
      const head = end === -1 ? text : text.slice(0, end);
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers: http.IncomingHttpHeaders = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim().toLowerCase();
        const value = line.slice(colon + 1).trim();
        const previous = headers[name];
        if (previous === undefined) headers[name] = value;
        else headers[name] = [...(Array.isArray(previous) ? previous : [previous]), value];
      }
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0), headers, body: end === -1 ? '' : text.slice(end + 4) });
    });
  });
}
