import type { MastheadTerm } from './types';

export interface MastheadRecord {
  /** The term in force. */
  current: MastheadTerm;
  /** Earlier terms, newest first, each with the day the next one took over. */
  past: (MastheadTerm & { until: string })[];
  /** When a term the newsroom has entered for later takes over: the current one's copies end then. */
  next?: string;
}

const startOf = (term: MastheadTerm) => (term.effectiveFrom ? Date.parse(term.effectiveFrom) : -Infinity);

/**
 * Which term of the masthead is in force at `now`: the one with the latest start that has come (a
 * term with no start is the oldest). Terms entered for a later day wait; nothing is shown that
 * has not begun.
 */
export function mastheadAt(terms: readonly MastheadTerm[], now: Date): MastheadRecord | undefined {
  const ordered = [...terms].sort((a, b) => startOf(b) - startOf(a));
  const begun = ordered.filter((term) => startOf(term) <= now.getTime());
  const upcoming = ordered.filter((term) => startOf(term) > now.getTime());
  const [current, ...earlier] = begun;
  if (!current) return undefined;
  // A term ended when the one after it began; a term whose successor has no known start cannot be
  // placed in time (two terms without a start), and is left out rather than given invented dates.
  const past = earlier.flatMap((term, i) => {
    const until = (i === 0 ? current : earlier[i - 1]!).effectiveFrom;
    return until ? [{ ...term, until }] : [];
  });
  const next = upcoming.at(-1)?.effectiveFrom;
  return { current, past, ...(next && { next }) };
}
