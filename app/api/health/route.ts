import { NO_STORE } from '@/lib/cache-control';
import { databaseHealth } from '@/lib/db/health';

/**
 * For monitors and load balancers: 200 "ok" while the database answers, 503 "degraded" when it
 * does not — readers are then still served the pages already cached, and everything recovers by
 * itself when the database is back (the pool opens new connections; nothing needs a restart).
 */
export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const database = await databaseHealth();
  return Response.json(
    { status: database.ok ? 'ok' : 'degraded', database: database.ok ? 'ok' : 'unreachable', ms: database.ms },
    { status: database.ok ? 200 : 503, headers: { 'Cache-Control': NO_STORE } },
  );
}
