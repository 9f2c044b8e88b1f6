import { spawnSync, type SpawnSyncOptionsWithStringEncoding, type SpawnSyncReturns } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/**
 * Node's exit status for a top-level await that never settled. A script run through tsx awaits its
 * imports through tsx's loader thread, and under a full integration run's load that thread now and
 * then loses one: the child ends with status 13 and nothing said after its first lines — seen from
 * media-fields.mts (twice) and from `database.ts archive --reset` (once, its "using DATABASE_URL"
 * line and then nothing), never in runs of those tests alone. A script that fails says why and exits
 * 1; every script run this way can be run again (the generator and its reset are re-runnable).
 */
export const UNSETTLED_TOP_LEVEL_AWAIT = 13;

/** `tsx <args>` from the repository's root; run once more, saying so, if its top-level await was lost. */
export function tsx(args: readonly string[], options: Omit<SpawnSyncOptionsWithStringEncoding, 'encoding' | 'cwd'> = {}): SpawnSyncReturns<string> {
  const run = () => spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), args, { ...options, cwd: ROOT, encoding: 'utf8' });
  const first = run();
  if (first.status !== UNSETTLED_TOP_LEVEL_AWAIT) return first;
  console.warn(`tsx ${args.join(' ')}: its top-level await never settled (status 13, after «${first.stdout.trim().slice(-200)}»); running it once more`);
  return run();
}

/** How a child ended, for a failure's message: status, signal, spawn's own error, and what it said. */
export const howItEnded = (run: SpawnSyncReturns<string>) =>
  `status ${run.status}, signal ${run.signal}, ${run.error ?? 'no spawn error'}\n${run.stderr}\n${run.stdout.slice(-2_000)}`;
