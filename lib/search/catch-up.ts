import { query } from '@/lib/db/pool';

/**
 * After a change to how search reads Arabic (a migration that raises alwafd_search_rules():
 * cms/migrations/20261130_220000_search_rules_catch_up.ts), every story's search row is computed
 * again under the new rules — not inside the deploy, where it took about 48 minutes at a million
 * stories, but a batch at a time, newest stories first, by each tick of the publishing clock.
 * `npm run search:catch-up` does the same at full speed and shows how far it is.
 */

/** Stories per statement: about a second of the database's time, far inside the pool's statement timeout. */
export const CATCH_UP_BATCH = 100;

/** What one tick of the clock spends on it at most: a quarter of its minute, well inside its 30 s call. */
export const CATCH_UP_BUDGET_MS = Number(process.env.SEARCH_CATCH_UP_MS || 15_000);

/** One batch: how many stale rows were computed again (fewer than asked: none left, or the rest are being saved). */
export async function catchUpBatch(batch = CATCH_UP_BATCH): Promise<number> {
  const [row] = await query<{ done: number }>('SELECT alwafd_search_catch_up($1) AS done', [batch]);
  return row?.done ?? 0;
}

/** Batches until none is left or the budget is spent; when nothing is stale, one index probe. */
export async function catchUpSearch(budgetMs = CATCH_UP_BUDGET_MS): Promise<number> {
  const deadline = Date.now() + budgetMs;
  let total = 0;
  for (;;) {
    const done = await catchUpBatch();
    total += done;
    if (done < CATCH_UP_BATCH || Date.now() >= deadline) return total;
  }
}

/** How many search rows wait for the current rules (an index-only count: for the script's progress, not for pages). */
export async function staleSearchRows(): Promise<number> {
  const [row] = await query<{ stale: string }>('SELECT count(*) AS stale FROM article_search WHERE rules < alwafd_search_rules()');
  return Number(row?.stale ?? 0);
}
