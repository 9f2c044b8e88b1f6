import http from 'node:http';
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
}

/** Bodies are cut at this size: enough to look for leaks, not enough to exhaust memory. */
const MAX_BODY = 2 * 1024 * 1024;

/** One connection per request (no keep-alive): a pooled socket the server has closed would fail the next test. */
export function raw({ base = BASE_URL, method = 'GET', path, headers = {}, body }: RawRequest): Promise<RawResponse> {
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
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          if (text.length < MAX_BODY) text += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
        response.on('error', reject);
      },
    );
    request.setTimeout(30_000, () => request.destroy(new Error(`timeout: ${method} ${path.slice(0, 80)}`)));
    request.on('error', reject);
    request.end(body);
  });
}
