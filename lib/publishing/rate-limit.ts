/**
 * A small in-memory limit per client, per process: at most `limit` requests in any `windowMs`.
 * Enough to make guessing the publishing secret hopeless and to stop a loop from hammering
 * refreshes; not a distributed limiter (each server instance counts on its own).
 */
export interface RateLimitResult {
  ok: boolean;
  /** Seconds until the oldest counted request leaves the window (for Retry-After). */
  retryAfter: number;
}

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    /** Clients remembered at most; the longest-idle are forgotten first, so memory stays bounded. */
    private readonly maxClients = 10_000,
  ) {}

  take(client: string): RateLimitResult {
    const now = this.now();
    const recent = (this.hits.get(client) ?? []).filter((t) => now - t < this.windowMs);
    this.hits.delete(client);
    if (recent.length >= this.limit) {
      this.hits.set(client, recent);
      return { ok: false, retryAfter: Math.max(1, Math.ceil((recent[0]! + this.windowMs - now) / 1000)) };
    }
    recent.push(now);
    // Re-inserted last: the Map's order is least recently seen first.
    this.hits.set(client, recent);
    if (this.hits.size > this.maxClients) this.hits.delete(this.hits.keys().next().value!);
    return { ok: true, retryAfter: 0 };
  }
}

/**
 * The client's address as the platform reports it: the first X-Forwarded-For hop (Vercel and
 * reverse proxies set it), else X-Real-IP. On a bare server a client can forge these, so the
 * limit slows abuse down; the secret is what keeps it out.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip')?.trim() || 'unknown';
}
