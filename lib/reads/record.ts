import { query } from '@/lib/db/pool';
import { liveAs } from '@/lib/content/reader-state';
import type { Locale } from '@/lib/locales';

/**
 * Counting a view: one row per story and hour in article_reads (cms/migrations), incremented in
 * place. Only the number is kept — no reader, cookie or address reaches the database. The story
 * must be live: the same statement checks it, so an unknown or withdrawn id counts nothing.
 * Returns the story's edition, or undefined when nothing was counted.
 */
export async function recordView(id: number): Promise<Locale | undefined> {
  const [row] = await query<{ edition: Locale }>(
    `INSERT INTO article_reads (article_id, hour, edition, views)
     SELECT a.id, date_trunc('hour', now()), a.edition, 1 FROM articles a
     WHERE a.id = $1 AND ${liveAs('a')}
     ON CONFLICT (article_id, hour) DO UPDATE SET views = article_reads.views + 1
     RETURNING edition`,
    [id],
  );
  return row?.edition;
}

/** Counts older than this are never read again ("most read" looks back 24 hours). */
export const KEEP_READS_HOURS = 48;

export async function pruneReads(): Promise<number> {
  const rows = await query<{ article_id: number }>(
    `DELETE FROM article_reads WHERE hour < now() - make_interval(hours => $1) RETURNING article_id`,
    [KEEP_READS_HOURS],
  );
  return rows.length;
}
