import { nextCairoDayStart } from '@/lib/cairo-time';
import { capSharedMaxAge } from '@/lib/server/response-headers';

/** What the server measures a shared lifetime against: the seconds left until Cairo's next midnight. */
export function secondsToCairoMidnight(): number {
  const now = Date.now();
  return (nextCairoDayStart(now).getTime() - now) / 1000;
}

/**
 * Asks, and gives the answer with the Cache-Control headers the server may have sent for `policy`
 * meanwhile. The server ends every shared lifetime by Cairo's midnight (lib/server/response-headers),
 * so in the day's last minutes a policy's s-maxage is the seconds left when the answer was written:
 * one of the values between the seconds left before the request and after it. Any other difference
 * from the policy is a failure, at any hour.
 */
export async function askedUnder<T>(policy: string, ask: () => Promise<T>): Promise<{ answer: T; allowed: string[] }> {
  const before = secondsToCairoMidnight();
  const answer = await ask();
  const after = secondsToCairoMidnight();
  const allowed = new Set<string>();
  for (let left = Math.ceil(after); left <= Math.ceil(before); left++) allowed.add(capSharedMaxAge(policy, left));
  return { answer, allowed: [...allowed] };
}
