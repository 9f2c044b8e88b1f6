import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The newsroom's search by headline (cms/headline-key.ts), partly written by hand.
 *
 * Every story and every version keeps its headline key — the headline folded as the site's search
 * folds it (alwafd_search_fold, with the hamza's seats dropped: alwafd_search_seatless) — set by a
 * trigger from the headline on every write, whoever writes it (the CMS, the importer, the archive
 * generator), so it is never out of step with the headline. The admin's list searches it with what the
 * editor typed, folded the same way: «اسوان» finds «أسوان».
 *
 * Payload's `like` is ILIKE '%…%' (and its count the same): no B-tree answers it, and at a million
 * stories each read the whole versions table (2 s for the count alone). Trigram indexes (pg_trgm,
 * 20261129_120000_search.ts) answer it: for the latest versions (the admin's list reads no other) and
 * for the stories themselves (the API read without drafts).
 *
 * Existing rows get their keys here: at a million stories 11 min 42 s (each story and version is
 * written again). Then run VACUUM (ANALYZE) articles, _articles_v — or let autovacuum come round: until
 * the rewritten pages are all-visible again, the list's count reads every version's row (1.3 s a page
 * at a million, 0.15 s after). BENCHMARKS.md, "Archive generator".
 */

// What keeps one table's headline keys — the stories' (columns title, headline_key) or the versions'
// (version_title, version_headline_key): a trigger function, its trigger, and the keys of the rows
// there already are.
const keepKeys = (table: string, prefix: '' | 'version_') => `
   CREATE FUNCTION alwafd_keep_${prefix}headline_key() RETURNS trigger LANGUAGE plpgsql AS $fn$
   BEGIN
     NEW.${prefix}headline_key := alwafd_headline_key(NEW.${prefix}title);
     RETURN NEW;
   END
   $fn$;
   CREATE TRIGGER ${table}_headline_key BEFORE INSERT OR UPDATE ON "${table}" FOR EACH ROW EXECUTE FUNCTION alwafd_keep_${prefix}headline_key();
   UPDATE "${table}" SET "${prefix}headline_key" = alwafd_headline_key("${prefix}title");`;

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(`
   ALTER TABLE "articles" ADD COLUMN "headline_key" varchar;
   ALTER TABLE "_articles_v" ADD COLUMN "version_headline_key" varchar;

   CREATE FUNCTION alwafd_headline_key(headline text) RETURNS text
   LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
     SELECT alwafd_search_fold(alwafd_search_seatless(headline))
   $fn$;
   ${keepKeys('articles', '')}
   ${keepKeys('_articles_v', 'version_')}

   CREATE INDEX "articles_headline_key_trigram_idx" ON "articles" USING gin ("headline_key" gin_trgm_ops);
   CREATE INDEX "_articles_v_latest_headline_key_trigram_idx" ON "_articles_v" USING gin ("version_headline_key" gin_trgm_ops) WHERE latest;
   ANALYZE "articles", "_articles_v";`))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "articles_headline_key_trigram_idx";
   DROP INDEX "_articles_v_latest_headline_key_trigram_idx";
   DROP TRIGGER articles_headline_key ON "articles";
   DROP TRIGGER _articles_v_headline_key ON "_articles_v";
   DROP FUNCTION alwafd_keep_headline_key();
   DROP FUNCTION alwafd_keep_version_headline_key();
   DROP FUNCTION alwafd_headline_key(text);
   ALTER TABLE "articles" DROP COLUMN "headline_key";
   ALTER TABLE "_articles_v" DROP COLUMN "version_headline_key";`)
}
