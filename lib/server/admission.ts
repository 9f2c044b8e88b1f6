import type { ServerResponse } from 'node:http';

/**
 * How many readers' requests the server works on at once; the rest wait their turn, first come
 * first served. Node interleaves every request it has started — each render is many small steps
 * between database answers — so with 64 readers at once each page took 64 turns of the one thread:
 * every reader waited seconds, and a page with twice the work twice as long, past a 10 s timeout
 * (CI's bench:scale cold load: p99 9.6 s, 7 timeouts of 199). A few at a time finish at least as
 * many pages a second, and a reader's wait is the queue ahead plus their own page: under 64
 * connections of cold stories, p99 3.6–3.8 s at 4 against 6.4–8.1 s with no queue (BENCHMARKS.md,
 * "Readers in turn"). Two to eight measured alike; four leaves room for database waits to overlap.
 */
export const DEFAULT_READERS_AT_ONCE = 4;

/** READERS_AT_ONCE from the environment (a whole number ≥ 1; 0 turns the queue off), else the default. */
export function readersAtOnce(value = process.env.READERS_AT_ONCE): number {
  if (value === undefined || value.trim() === '') return DEFAULT_READERS_AT_ONCE;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 0) throw new Error(`READERS_AT_ONCE must be a whole number ≥ 0 (0: no queue), got ${JSON.stringify(value)}`);
  return limit === 0 ? Infinity : limit;
}

/** The reader closed the connection (or it broke) while the request waited. */
function gone(res: ServerResponse): boolean {
  return res.destroyed || res.req.destroyed || !res.socket || res.socket.destroyed;
}

/**
 * A request still unanswered after this long gives its place to the next one (it goes on): a render
 * stuck on something that never answers must not hold a place forever — four of them would stop
 * the site.
 */
export const LONGEST_TURN_MS = 30_000;

interface Waiting {
  res: ServerResponse;
  start: () => void;
}

export class Admission {
  private working = 0;
  private readonly queue: Waiting[] = [];
  private head = 0;

  constructor(
    private readonly limit: number,
    private readonly longestTurnMs = LONGEST_TURN_MS,
  ) {}

  /** Requests started and not yet answered, and requests waiting. */
  get counts(): { working: number; waiting: number } {
    return { working: this.working, waiting: this.queue.length - this.head };
  }

  /**
   * Calls `start` now, or when an earlier request's answer is done. A request whose reader has
   * gone while it waited is never started: nobody would read the page.
   */
  admit(res: ServerResponse, start: () => void): void {
    if (this.working < this.limit) this.begin({ res, start });
    else this.queue.push({ res, start });
  }

  private begin({ res, start }: Waiting): void {
    this.working++;
    let done = false;
    const release = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      this.working--;
      this.next();
    };
    const timer = setTimeout(release, this.longestTurnMs);
    timer.unref();
    // 'finish': the answer is handed to the connection; 'close': the connection went first.
    res.once('finish', release);
    res.once('close', release);
    start();
  }

  private next(): void {
    while (this.head < this.queue.length && this.working < this.limit) {
      const waiting = this.queue[this.head]!;
      this.queue[this.head++] = undefined as unknown as Waiting;
      if (this.head > 1024 && this.head * 2 > this.queue.length) {
        this.queue.splice(0, this.head);
        this.head = 0;
      }
      if (gone(waiting.res)) continue;
      this.begin(waiting);
    }
  }
}
