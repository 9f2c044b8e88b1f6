import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres';
import { TRIGGER, seatlessWords } from './20261130_170000_search_hamza_seats';

/**
 * Written by hand: search functions Payload does not describe (cms/migrations/20261129_120000_search.ts).
 *
 * A change to how search reads Arabic (a new rule for the stems, a letter folded) used to be a
 * migration that computed every story's terms again inside the deploy: the hamza's seat took about
 * 48 minutes at a million stories, with every story saved meanwhile waiting on its search row — and
 * the paper's archive is five times that. Now each search row records the generation of the rules it
 * was computed under (`rules`), and a rule change is a migration that replaces the functions and ends
 * with `SELECT alwafd_search_raise_rules()` — instant at any size. The stories are then computed again
 * a batch at a time, highest id (newest) first, by the publishing clock (lib/search/catch-up.ts) or at
 * full speed by `npm run search:catch-up`. Until its turn a story keeps the terms of the rules it was
 * indexed under, while queries are read by the new ones: the words a new rule reads differently miss
 * it meanwhile, so run the catch-up right after such a deploy.
 *
 * The generation only ever rises, whichever way a migration goes: a rule change's down() restores the
 * old functions and raises it too, so the rows written under the rule being undone are computed again.
 */
const MAX_INDEXED_BODY = 100000;

const UP = String.raw`
-- The generation of the search rules. Every row was computed under the rules in force when this
-- migration runs (the hamza's seat recomputed them all), so they start current.
CREATE FUNCTION alwafd_search_rules() RETURNS smallint
LANGUAGE sql STABLE PARALLEL SAFE AS $fn$ SELECT 1::smallint $fn$;

ALTER TABLE article_search ADD COLUMN rules smallint NOT NULL DEFAULT 1;
ALTER TABLE article_search ALTER COLUMN rules DROP DEFAULT;
-- The catch-up's walk: the stale rows, newest story first, without reading the current ones.
CREATE INDEX article_search_rules_idx ON article_search (rules, article_id DESC);

-- What a rule change's migration (up or down) ends with: a generation above the current one and above
-- any a row holds, so every row is stale and none is left behind by a migration undone and done again.
CREATE FUNCTION alwafd_search_raise_rules() RETURNS smallint
LANGUAGE plpgsql AS $fn$
DECLARE
  raised smallint := greatest(alwafd_search_rules(), (SELECT max(rules) FROM article_search)) + 1;
BEGIN
  EXECUTE format('CREATE OR REPLACE FUNCTION alwafd_search_rules() RETURNS smallint LANGUAGE sql STABLE PARALLEL SAFE AS %L',
                 format('SELECT %s::smallint', raised));
  RETURN raised;
END
$fn$;

-- A story's four term sets, as the trigger and the catch-up both compute them: one definition.
CREATE FUNCTION alwafd_search_terms(story_title text, story_summary text, story_body jsonb,
  OUT title_terms tsvector, OUT head_terms tsvector, OUT word_terms tsvector, OUT stem_terms tsvector)
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $fn$
DECLARE
  title_words text := alwafd_search_words(coalesce(story_title, ''));
  head_words text := concat_ws(' ', title_words, alwafd_search_words(coalesce(story_summary, '')));
  all_words text := concat_ws(' ', head_words, alwafd_search_words(left(alwafd_search_body(story_body), ${MAX_INDEXED_BODY})));
BEGIN
  title_terms := alwafd_search_vector(title_words);
  head_terms := alwafd_search_vector(head_words);
  word_terms := alwafd_search_vector(all_words);
  stem_terms := alwafd_search_vector(alwafd_search_stems(concat_ws(' ',
    alwafd_search_words(alwafd_search_seatless(coalesce(story_title, ''))),
    alwafd_search_words(alwafd_search_seatless(coalesce(story_summary, ''))),
    alwafd_search_words(alwafd_search_seatless(left(alwafd_search_body(story_body), ${MAX_INDEXED_BODY}))))));
END
$fn$;

-- Every write of a story keeps its search row; the terms are computed again when the text changed
-- or the row was computed under older rules.
CREATE OR REPLACE FUNCTION alwafd_search_index_article() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.title IS NOT DISTINCT FROM OLD.title AND NEW.summary IS NOT DISTINCT FROM OLD.summary
     AND NEW.body IS NOT DISTINCT FROM OLD.body
     AND EXISTS (SELECT 1 FROM article_search WHERE article_id = NEW.id AND rules = alwafd_search_rules()) THEN
    UPDATE article_search SET edition = NEW.edition, status = NEW._status, published_at = NEW.published_at
    WHERE article_id = NEW.id
      AND (edition, status, published_at) IS DISTINCT FROM (NEW.edition, NEW._status, NEW.published_at);
    RETURN NULL;
  END IF;
  INSERT INTO article_search (article_id, edition, status, published_at, title, head, words, stems, rules)
  SELECT NEW.id, NEW.edition, NEW._status, NEW.published_at, t.title_terms, t.head_terms, t.word_terms, t.stem_terms, alwafd_search_rules()
  FROM alwafd_search_terms(NEW.title, NEW.summary, NEW.body) t
  ON CONFLICT (article_id) DO UPDATE SET edition = EXCLUDED.edition, status = EXCLUDED.status, published_at = EXCLUDED.published_at,
    title = EXCLUDED.title, head = EXCLUDED.head, words = EXCLUDED.words, stems = EXCLUDED.stems, rules = EXCLUDED.rules;
  RETURN NULL;
END
$fn$;

-- Computes up to batch stale rows again, highest id (newest) first, and says how many. Rows another
-- session holds (a story being saved, another instance's catch-up) are left for the next call.
CREATE FUNCTION alwafd_search_catch_up(batch integer) RETURNS integer
LANGUAGE sql AS $fn$
  WITH stale AS (
    SELECT article_id FROM article_search WHERE rules < alwafd_search_rules()
    ORDER BY rules, article_id DESC LIMIT batch FOR UPDATE SKIP LOCKED
  ), fresh AS (
    UPDATE article_search s
    SET title = t.title_terms, head = t.head_terms, words = t.word_terms, stems = t.stem_terms, rules = alwafd_search_rules()
    FROM stale JOIN articles a ON a.id = stale.article_id, alwafd_search_terms(a.title, a.summary, a.body) t
    WHERE s.article_id = stale.article_id
    RETURNING 1
  )
  SELECT count(*)::integer FROM fresh
$fn$;
`;

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(UP));
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // Rows a later rule change (undone before this) left stale are computed now: without the column,
  // nothing could tell them apart. Saves are held meanwhile (reads are not), so that no row is being
  // written elsewhere and skipped; after such an undo that is the whole archive — about 94 minutes at
  // a million stories (BENCHMARKS.md, "Search rules") — so undo this one only as far as it must go.
  await db.execute(
    sql.raw(String.raw`
LOCK TABLE article_search IN EXCLUSIVE MODE;
SELECT alwafd_search_catch_up(2147483647);
DO $check$
BEGIN
  IF EXISTS (SELECT 1 FROM article_search WHERE rules < alwafd_search_rules()) THEN
    RAISE EXCEPTION 'article_search: rows are still under older search rules';
  END IF;
END
$check$;
${TRIGGER(seatlessWords)}
DROP FUNCTION alwafd_search_catch_up(integer);
DROP FUNCTION alwafd_search_terms(text, text, jsonb);
DROP FUNCTION alwafd_search_raise_rules();
DROP INDEX article_search_rules_idx;
ALTER TABLE article_search DROP COLUMN rules;
DROP FUNCTION alwafd_search_rules();
`),
  );
}
