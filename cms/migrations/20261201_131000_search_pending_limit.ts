import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres';

/**
 * Written by hand: the search indexes' settings (cms/migrations/20261129_140000_search_periods.ts).
 *
 * A GIN index keeps new entries in an unsorted pending list until it holds gin_pending_list_limit
 * (4 MB by default) or a vacuum sorts them in, and every scan of the index reads that list whole.
 * Search scans an index once per window of periods it reads (alwafd_search_newest), and a story's
 * body adds a few hundred entries: 4 MB is about 700 stories — two days of a newsroom — and at a
 * million stories autovacuum comes only every 200,000 inserts (a fifth of the table), so a search
 * would read up to 512 pending pages per scan. One-off measure (BENCHMARKS.md, "Unsorted entries"):
 * 172 pending pages made a scan 2.2 ms where the sorted index answered in 0.3 ms.
 *
 * Each of the four indexes now keeps at most 128 kB pending (16 pages). The entries are sorted in
 * more often, in smaller batches: bulk loads measured 94–112 stories/s against 122–123 with the
 * default (`npm run archive`, 4,000 stories each way, on a busy machine); a newsroom's saves do not
 * notice. What is pending now is sorted in at once.
 */
const INDEXES = ['title', 'head', 'words', 'stems'].map((set) => `article_search_${set}_periods_idx`);

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const index of INDEXES) {
    await db.execute(sql.raw(`ALTER INDEX ${index} SET (gin_pending_list_limit = 128)`));
    await db.execute(sql.raw(`SELECT gin_clean_pending_list('${index}'::regclass)`));
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const index of INDEXES) await db.execute(sql.raw(`ALTER INDEX ${index} RESET (gin_pending_list_limit)`));
}
