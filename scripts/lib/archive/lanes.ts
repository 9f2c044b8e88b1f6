import type pg from 'pg';

/**
 * Connections that write batches side by side: PostgreSQL gives each its own process, so with two
 * the database can use two cores while this process makes the next batch. A failed batch fails
 * the run at the next submit or drain (its transaction rolled back; committed batches stay).
 */
export class Lanes {
  private readonly idle: pg.ClientBase[];
  private readonly running = new Set<Promise<void>>();
  private failure: unknown;

  constructor(clients: readonly pg.ClientBase[]) {
    this.idle = [...clients];
  }

  /** Waits for a free connection, then starts `work` on it without waiting for it to end. */
  async submit(work: (client: pg.ClientBase) => Promise<void>): Promise<void> {
    while (!this.idle.length && this.failure === undefined) await Promise.race(this.running);
    this.check();
    const client = this.idle.pop()!;
    const job: Promise<void> = work(client)
      .catch((error: unknown) => {
        this.failure ??= error;
      })
      .finally(() => {
        this.idle.push(client);
        this.running.delete(job);
      });
    this.running.add(job);
  }

  /** Waits until every batch under way is written. */
  async drain(): Promise<void> {
    await Promise.all(this.running);
    this.check();
  }

  private check(): void {
    if (this.failure !== undefined) throw this.failure;
  }
}
