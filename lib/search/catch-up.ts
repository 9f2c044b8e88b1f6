import { query, queryWithin, STATEMENT_TIMEOUT_MS } from '@/lib/db/pool';

/**
 * After a change to how search reads Arabic (a migration that ends with alwafd_search_raise_rules():
 * cms/migrations/20261130_220000_search_rules_catch_up.ts), every story's search row is computed
 * again under the new rules — not inside the deploy, where it took about 48 minutes at a million
 * stories, but a batch at a time, highest id (newest) first, after each tick of the publishing clock.
 * `npm run search:catch-up` does the same at full speed and shows how far it is.
 */

/** Stories per statement: about half a second of the database's time, far inside the pool's statement timeout. */
export const CATCH_UP_BATCH = 100;

/** What one tick of the clock spends on it (SEARCH_CATCH_UP_MS, 15 s unless set): a quarter of its minute. */
export function catchUpBudgetMs(setting = process.env.SEARCH_CATCH_UP_MS): number {
  const ms = setting?.trim() ? Number(setting) : NaN;
  return Number.isFinite(ms) && ms >= 0 ? ms : 15_000;
}

/** Batches that must fit in a row, after a halving, before the size doubles again. */
export const GROW_AFTER = 10;

/** PostgreSQL's query_canceled: the batch's statement timeout (set in its transaction: it holds behind a pooler). */
const STATEMENT_TIMEOUT = '57014';

/**
 * One batch: how many stale rows were computed again out of how many asked (fewer: none left, or the
 * rest are being saved). A batch that outlasts the statement timeout (a run of very long stories) is
 * rolled back whole and asked again in halves, down to one story; `until` stops the halving once the
 * caller's time is up (the rows wait for the next call).
 */
export async function catchUpBatch(size = CATCH_UP_BATCH, until = Infinity): Promise<{ done: number; asked: number }> {
  try {
    const [row] = await queryWithin<{ done: number }>(STATEMENT_TIMEOUT_MS, 'SELECT alwafd_search_catch_up($1) AS done', [size]);
    return { done: row?.done ?? 0, asked: size };
  } catch (error) {
    if ((error as { code?: string }).code !== STATEMENT_TIMEOUT || size === 1 || Date.now() >= until) throw error;
    return catchUpBatch(Math.ceil(size / 2), until);
  }
}

/**
 * Batches until none is left or the budget is spent (the batch under way is finished, so a tick can
 * run one statement timeout past it); when nothing is stale, one index probe. After a batch had to be
 * halved, the next ones keep the size that worked, doubling again only after GROW_AFTER of them in a
 * row fitted (a run of long stories would otherwise cost a timed-out statement every other batch).
 */
export async function catchUpSearch(budgetMs = catchUpBudgetMs(), onBatch?: (done: number) => void): Promise<number> {
  const deadline = Date.now() + budgetMs;
  let total = 0;
  let size = CATCH_UP_BATCH;
  let fitted = 0;
  for (;;) {
    const { done, asked } = await catchUpBatch(size, deadline);
    total += done;
    onBatch?.(total);
    if (done < asked || Date.now() >= deadline) return total;
    fitted = asked < size ? 0 : fitted + 1;
    size = asked;
    if (size < CATCH_UP_BATCH && fitted >= GROW_AFTER) [size, fitted] = [Math.min(size * 2, CATCH_UP_BATCH), 0];
  }
}

/** How many search rows wait for the current rules (an index-only count: for the script's progress, not for pages). */
export async function staleSearchRows(): Promise<number> {
  const [row] = await query<{ stale: string }>('SELECT count(*) AS stale FROM article_search WHERE rules < alwafd_search_rules()');
  return Number(row?.stale ?? 0);
}
