/**
 * Pages are cached until the newsroom changes what they show (tags) or five minutes pass. Some of
 * what they show changes by the clock instead: the date line at Cairo's midnight, a breaking item
 * at its expiry, the masthead when a term entered for a later day begins. A page that shows such
 * a thing asks here for its cached copy to end by then.
 *
 * Next 16 has one way to shorten the life of the page being rendered without making it dynamic:
 * every unstable_cache read lowers the page's revalidate to its own (ISR and the s-maxage a CDN
 * sees both follow). So a tiny read whose life is the seconds left carries the deadline.
 */

/** Whole seconds from `now` to `until`, rounded down so the copy ends by then; at least 1 (0 would mean "never cache"). */
export function lifetimeSeconds(until: Date, now: Date): number {
  return Math.max(1, Math.floor((until.getTime() - now.getTime()) / 1000));
}

/** The earliest of some instants (ISO strings or dates), or undefined when there are none. */
export function earliest(instants: readonly (Date | string | undefined)[]): Date | undefined {
  const times = instants.filter((i) => i !== undefined).map((i) => new Date(i).getTime());
  return times.length ? new Date(Math.min(...times)) : undefined;
}

/** Ends the cached copy of the page (or route) being rendered by `until`. Outside Next it does nothing. */
export async function liveUntil(until: Date | undefined, now: Date): Promise<void> {
  // NEXT_RUNTIME is set only inside Next's server: unit tests and scripts have no page cache.
  if (!until || !process.env.NEXT_RUNTIME) return;
  const { unstable_cache } = await import('next/cache');
  try {
    await unstable_cache(async () => true, ['lifetime'], { revalidate: lifetimeSeconds(until, now) })();
  } catch (error) {
    // The proxy and other places outside a render have no cache: there is nothing to shorten.
    if (!(error instanceof Error && error.message.startsWith('Invariant: incrementalCache missing'))) throw error;
  }
}
