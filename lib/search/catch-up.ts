import { query } from '@/lib/db/pool';

/**
 * After a change to how search reads Arabic (a migration that ends with alwafd_search_raise_rules():
 * cms/migrations/20261130_220000_search_rules_catch_up.ts), every story's search row is computed
 * again under the new rules — not inside the deploy, where it took about 48 minutes at a million
 * stories, but a batch at a time, highest id (newest) first, after each tick of the publishing clock.
 * `npm run search:catch-up` does the same at full speed and shows how far it is.
 */

/** Stories per statement: about half a second of the database's time, far inside the pool's statement timeout. */
export const CATCH_UP_BATCH = 100;

/** What one tick of the clock spends on it (and one batch more at most): a quarter of its minute. */
const budget = Number(process.env.SEARCH_CATCH_UP_MS);
export const CATCH_UP_BUDGET_MS = Number.isFinite(budget) && budget >= 0 ? budget : 15_000;

/** PostgreSQL's query_canceled: the pool's statement timeout. */
const STATEMENT_TIMEOUT = '57014';

/**
 * One batch: how many stale rows were computed again out of how many asked (fewer: none left, or the
 * rest are being saved). A batch of very long stories that outlasts the statement timeout is tried
 * again in halves, so no run of them can stop the catch-up for good.
 */
export async function catchUpBatch(size = CATCH_UP_BATCH): Promise<{ done: number; asked: number }> {
  try {
    const [row] = await query<{ done: number }>('SELECT alwafd_search_catch_up($1) AS done', [size]);
    return { done: row?.done ?? 0, asked: size };
  } catch (error) {
    if ((error as { code?: string }).code !== STATEMENT_TIMEOUT || size === 1) throw error;
    return catchUpBatch(Math.ceil(size / 2));
  }
}

/** Batches until none is left or the budget is spent; when nothing is stale, one index probe. */
export async function catchUpSearch(budgetMs = CATCH_UP_BUDGET_MS): Promise<number> {
  const deadline = Date.now() + budgetMs;
  let total = 0;
  for (;;) {
    const { done, asked } = await catchUpBatch();
    total += done;
    if (done < asked || Date.now() >= deadline) return total;
  }
}

/** How many search rows wait for the current rules (an index-only count: for the script's progress, not for pages). */
export async function staleSearchRows(): Promise<number> {
  const [row] = await query<{ stale: string }>('SELECT count(*) AS stale FROM article_search WHERE rules < alwafd_search_rules()');
  return Number(row?.stale ?? 0);
}
