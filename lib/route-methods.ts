import { NO_STORE } from '@/lib/cache-control';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Handler = () => Response;
type Refusals = Record<Method, Handler> & { OPTIONS: Handler };

/**
 * Handlers that refuse, for the methods an API route of ours does not take. Next answers those
 * with a bare 405 and no `Allow` header, which HTTP requires on a 405 (RFC 9110 §15.5.6): a client
 * that sent GET to /api/read was told no without being told what would do. A route exports the
 * refusals for the methods it does not define, and OPTIONS (Next's own would list the refusals as
 * methods it takes):
 *
 *   export const { GET, PUT, PATCH, DELETE, OPTIONS } = refuseMethodsBut('POST');
 */
export function refuseMethodsBut(...allowed: Method[]): Refusals {
  const allow = [...allowed, ...(allowed.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', ');
  const refuse: Handler = () =>
    Response.json({ error: `this address answers ${allowed.join(' and ')} only` }, { status: 405, headers: { Allow: allow, 'Cache-Control': NO_STORE } });
  const options: Handler = () => new Response(null, { status: 204, headers: { Allow: allow, 'Cache-Control': NO_STORE } });
  return { GET: refuse, POST: refuse, PUT: refuse, PATCH: refuse, DELETE: refuse, OPTIONS: options };
}
