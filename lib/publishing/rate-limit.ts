import { isIPv4, isIPv6 } from 'node:net';
import { CLIENT_ADDRESS_HEADER } from '@/lib/client-address';

/**
 * Failed attempts per client, in memory, per process: after `limit` failures in any `windowMs`
 * the client is refused until the oldest leaves the window. Only failures count, so a newsroom
 * publishing often is never slowed down, while guessing the secret stays hopeless. Not a
 * distributed limiter (each server instance counts on its own).
 */
export interface RateLimitResult {
  ok: boolean;
  /** Seconds until the oldest counted failure leaves the window (for Retry-After). */
  retryAfter: number;
}

export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    /** Clients remembered at most; the longest-idle are forgotten first, so memory stays bounded. */
    private readonly maxClients = 10_000,
  ) {}

  private recent(client: string, now: number): number[] {
    return (this.failures.get(client) ?? []).filter((t) => now - t < this.windowMs);
  }

  /** May this client try now? Asking changes nothing. */
  check(client: string): RateLimitResult {
    const now = this.now();
    const recent = this.recent(client, now);
    if (recent.length < this.limit) return { ok: true, retryAfter: 0 };
    return { ok: false, retryAfter: Math.max(1, Math.ceil((recent[0]! + this.windowMs - now) / 1000)) };
  }

  fail(client: string): void {
    const now = this.now();
    const recent = this.recent(client, now);
    recent.push(now);
    // Re-inserted last: the Map's order is least recently failed first.
    this.failures.delete(client);
    this.failures.set(client, recent);
    if (this.failures.size > this.maxClients) this.failures.delete(this.failures.keys().next().value!);
  }

  /** Takes back the latest failure: for a limiter that counts each attempt as it starts, one that succeeded. */
  forgive(client: string): void {
    const recent = this.failures.get(client);
    recent?.pop();
    if (recent?.length === 0) this.failures.delete(client);
  }
}

/**
 * Who is asking, as far as something we trust can tell. On our own server that is the address of
 * the connection, which the server hook (lib/server) stamps into a private header after deleting
 * any value the client sent; X-Forwarded-For and X-Real-IP are whatever the client typed. On
 * Vercel no hook runs, and Vercel itself sets X-Real-IP and X-Vercel-Forwarded-For to the client's
 * address. Without either, every caller shares one bucket: forging headers gains nothing.
 * IPv6 addresses count by their /64 (subscriberOf).
 */
export function clientAddress(headers: Headers, env: Record<string, string | undefined> = process.env): string {
  const address =
    env.VERCEL === '1'
      ? headers.get('x-real-ip')?.trim() || headers.get('x-vercel-forwarded-for')?.split(',')[0]?.trim()
      : headers.get(CLIENT_ADDRESS_HEADER)?.trim();
  return address ? subscriberOf(address) : 'unknown';
}

/**
 * One subscriber's share of the address space, which is what a limit per client must count: an
 * IPv4 address, or an IPv6 address's /64 — a home or phone is given a whole /64 and can pick any
 * of its 2⁶⁴ addresses, so counting single IPv6 addresses limited nobody. IPv4 written in IPv6
 * (::ffff:203.0.113.7) is its IPv4 address.
 */
export function subscriberOf(address: string): string {
  const bare = address.split('%')[0]!.toLowerCase();
  if (isIPv4(bare) || !isIPv6(bare)) return address;
  const groups = ipv6Groups(bare);
  // ::ffff:a.b.c.d however written (dotted, hex, expanded): an IPv4 client.
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address ("::" expanded, a dotted IPv4 tail as two groups). */
function ipv6Groups(address: string): number[] {
  const parse = (part: string): number[] =>
    part
      ? part.split(':').flatMap((piece) => {
          if (!piece.includes('.')) return [parseInt(piece, 16)];
          const [a, b, c, d] = piece.split('.').map(Number) as [number, number, number, number];
          return [(a << 8) | b, (c << 8) | d];
        })
      : [];
  const [head = '', tail] = address.split('::');
  const front = parse(head);
  const back = tail === undefined ? [] : parse(tail);
  return tail === undefined ? front : [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
}
