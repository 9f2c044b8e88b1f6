import { MAX_STORIES } from './range';

/**
 * The command line of `npm run archive`, checked before anything starts (a bad N is refused
 * without touching the database):
 *
 *   npm run archive -- <N> [--batch <rows>] [--writers <connections>] [--notify <site URL>]
 *   npm run archive -- --reset [<N>] [--notify <site URL>]
 */

export interface ArchiveOptions {
  /** Stories the archive should hold (generated ones: story 0 … N-1). */
  count?: number;
  /** Remove every generated row first. */
  reset: boolean;
  /** Stories per transaction. */
  batch: number;
  /** Connections writing batches side by side. */
  writers: number;
  /** A running site to tell (POST /api/revalidate with REVALIDATE_SECRET) so its listings show the change at once. */
  notify?: string;
}

export const USAGE = 'usage: npm run archive -- <N> [--batch <rows>] [--writers <connections>] [--notify <site URL>] | npm run archive -- --reset [<N>] [--notify <site URL>]';

export class UsageError extends Error {}

const format = (n: number) => n.toLocaleString('en-US');

function whole(value: string | undefined, what: string, max: number): number {
  if (value === undefined || !/^[0-9]+$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw new UsageError(`${what} must be a whole number from 1 to ${format(max)} (got ${value === undefined ? 'nothing' : JSON.stringify(value)}). ${USAGE}`);
  }
  return Number(value);
}

export function parseArchiveArgs(args: readonly string[], env: Record<string, string | undefined> = process.env): ArchiveOptions {
  const options: ArchiveOptions = { reset: false, batch: 500, writers: 2 };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--reset') options.reset = true;
    else if (arg === '--batch') options.batch = whole(args[++i], '--batch', 10_000);
    else if (arg === '--writers') options.writers = whole(args[++i], '--writers', 8);
    else if (arg === '--notify') {
      const url = args[++i];
      if (!url || !/^https?:\/\/[^/\s]+/.test(url)) throw new UsageError(`--notify needs the site's address, e.g. http://127.0.0.1:3000 (got ${JSON.stringify(url ?? '')}). ${USAGE}`);
      if (!env.REVALIDATE_SECRET) throw new UsageError('--notify needs REVALIDATE_SECRET, the secret the site checks on POST /api/revalidate.');
      options.notify = url.replace(/\/+$/, '');
    } else if (options.count === undefined && !arg.startsWith('--')) options.count = whole(arg, 'N', MAX_STORIES);
    else throw new UsageError(arg.startsWith('--') ? `unknown option ${arg}. ${USAGE}` : `one N only (got ${JSON.stringify(arg)} after ${options.count}). ${USAGE}`);
  }
  if (options.count === undefined && !options.reset) whole(undefined, 'N', MAX_STORIES);
  return options;
}
