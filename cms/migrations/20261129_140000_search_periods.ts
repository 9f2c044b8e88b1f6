import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres';
import { NEWEST_BY_CAP } from './20261129_120000_search';

/**
 * Search whose cost follows the publishing rate far more than the archive (issue 12, item 6).
 *
 * alwafd_search_newest (20261129_120000_search) read up to √(10 × N × wanted) matches through a GIN
 * index, or walked an edition's newest stories testing each — 14,500 of either for a common word at a
 * million stories: p95 157–202 ms, growing with the square root of the archive. Here each story's term
 * sets are indexed together with three terms naming its periods — about two years, 48 days and three
 * days of its edition — so a query asks for its matches in one period at a time and GIN intersects the
 * two posting lists inside the index (reading only the word's entries that fall in the period); a
 * period's matches are then at most what the newsroom publishes in it, whatever lies behind it.
 *
 * The walk, newest first: a query the column statistics call rare (under four times `cap` expected
 * matches) is first read whole, in one pass; otherwise, or if it was not rare after all, the last two
 * three-day periods, then the last two 48-day ones; after those, the next window is two periods of the
 * first level long enough for the matches still wanted at the rate they came so far (everything older
 * at once when none came). A window with fewer than `cap` matches is read whole and its newest taken;
 * one with `cap` or more is split into the next level's periods, newest first, and a three-day period
 * with that many is walked story by story (a word in one story of every few: soon met). Whatever is
 * found is exactly the newest matches, as reading every story would give
 * (__tests__/integration/query-plans.test.ts compares them with caps small enough to take every branch:
 * the setting alwafd.search_cap, 1,000 unless set).
 *
 * The term sets' own GIN indexes are replaced: the combined ones answer every query they did.
 */
export const PERIODS = String.raw`
-- Seconds in a period of each level: 2^26 (about 2 years 1 month), 2^22 (48½ days), 2^18 (3 days).
CREATE OR REPLACE FUNCTION alwafd_search_period_width(level integer) RETURNS bigint
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  SELECT (ARRAY[67108864, 4194304, 262144]::bigint[])[level]
$fn$;

-- The period of a level that a moment falls in, counted from 1970 (UTC).
CREATE OR REPLACE FUNCTION alwafd_search_period(level integer, at timestamptz) RETURNS bigint
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  SELECT floor(extract(epoch FROM at - timestamptz '1970-01-01 00:00:00+00') / alwafd_search_period_width(level))::bigint
$fn$;

-- The term a story carries for its period of a level: 'ar~2~412', never a word (words are letters and
-- digits). It names the edition's label as written when indexed: renaming a label of
-- enum_articles_edition takes a REINDEX of the four period indexes.
CREATE OR REPLACE FUNCTION alwafd_search_period_term(edition enum_articles_edition, level integer, period bigint) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  SELECT edition::text || '~' || level || '~' || period
$fn$;

-- A story's periods, one term per level. Indexes are built with no search path but the catalog's:
-- the functions it calls are found in the schema it was made in.
CREATE OR REPLACE FUNCTION alwafd_search_periods(edition enum_articles_edition, published_at timestamptz) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path FROM CURRENT AS $fn$
  SELECT array_to_tsvector(ARRAY[alwafd_search_period_term(edition, 1, alwafd_search_period(1, published_at)),
                                 alwafd_search_period_term(edition, 2, alwafd_search_period(2, published_at)),
                                 alwafd_search_period_term(edition, 3, alwafd_search_period(3, published_at))])
$fn$;

CREATE OR REPLACE FUNCTION alwafd_search_newest(term_set text, query tsquery, edition enum_articles_edition, wanted integer)
RETURNS SETOF integer
LANGUAGE plpgsql ROWS 25 AS $fn$
DECLARE
  cap constant integer := coalesce(nullif(current_setting('alwafd.search_cap', true), '')::integer, 1000);
  at_now constant timestamptz := now();
  -- Windows still to read, newest first: a level (0: every story before "below") and its first and
  -- last period. When none is left, the next is chosen by how often the query matched so far.
  levels integer[] := ARRAY[3, 2];
  firsts bigint[] := ARRAY[alwafd_search_period(3, at_now) - 1, alwafd_search_period(2, at_now) - 1];
  lasts bigint[] := ARRAY[alwafd_search_period(3, at_now), alwafd_search_period(2, at_now)];
  level integer;
  first_period bigint;
  last_period bigint;
  window_start timestamptz;
  below timestamptz := 'infinity';
  whole_is_common boolean := false;
  oldest timestamptz;
  window_query tsquery;
  estimate json;
  span double precision;
  found integer;
  newest integer[];
  taken integer[] := '{}';
  seqscan text := current_setting('enable_seqscan');
  indexscan text := current_setting('enable_indexscan');
  bitmapscan text := current_setting('enable_bitmapscan');
BEGIN
  IF query IS NULL OR wanted < 1 THEN
    RETURN;
  END IF;
  IF term_set NOT IN ('title', 'head', 'words', 'stems') THEN
    RAISE EXCEPTION 'unknown term set %', term_set;
  END IF;
  -- A query the column's statistics call rare is read whole first: one pass of the index, where GIN
  -- intersects its words' entries once (period by period it would walk the rarest word's entries
  -- again for every period longer than that word's list). The statistics multiply the words'
  -- frequencies as if independent, so up to four times the cap counts as rare: a miss costs one pass.
  EXECUTE format('EXPLAIN (FORMAT JSON) SELECT 1 FROM article_search WHERE %I @@ $1', term_set) INTO estimate USING query;
  IF (estimate->0->'Plan'->>'Plan Rows')::real < 4 * cap THEN
    levels := 0 || levels;
    firsts := 0 || firsts;
    lasts := 0 || lasts;
  END IF;
  -- Read while index scans are allowed: the end of an index, not all of it.
  SELECT min(s.published_at) INTO oldest FROM article_search s WHERE s.status = 'published' AND s.edition = alwafd_search_newest.edition;
  PERFORM set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true), set_config('enable_bitmapscan', 'on', true);
  WHILE cardinality(taken) < wanted AND oldest < below LOOP
    IF cardinality(levels) = 0 THEN
      -- Older stories are next. How long a span should hold the matches still wanted, at the rate
      -- they came so far (twice that, so one window nearly always does): two periods of the first
      -- level at least that long, ending where the last window began — or, with no rate to go by,
      -- everything older at once.
      span := CASE WHEN cardinality(taken) = 0 THEN 'Infinity'
                   ELSE 2 * (wanted - cardinality(taken)) * extract(epoch FROM at_now - below) / cardinality(taken) END;
      level := CASE WHEN span <= 2 * alwafd_search_period_width(3) THEN 3
                    WHEN span <= 2 * alwafd_search_period_width(2) THEN 2
                    WHEN span <= 2 * alwafd_search_period_width(1) THEN 1 ELSE 0 END;
      last_period := CASE WHEN level = 0 THEN 0 ELSE alwafd_search_period(level, below - interval '1 microsecond') END;
      levels := ARRAY[level]; firsts := ARRAY[greatest(last_period - 1, 0)]; lasts := ARRAY[last_period];
    END IF;
    level := levels[1]; first_period := firsts[1]; last_period := lasts[1];
    levels := levels[2:]; firsts := firsts[2:]; lasts := lasts[2:];
    IF level = 0 THEN
      window_query := query;
      window_start := '-infinity';
    ELSE
      window_query := query && (alwafd_search_period_term(edition, level, first_period)::tsquery
                                || alwafd_search_period_term(edition, level, last_period)::tsquery);
      window_start := timestamptz '1970-01-01 00:00:00+00' + make_interval(secs => first_period * alwafd_search_period_width(level));
    END IF;
    CONTINUE WHEN window_start >= below;
    IF level = 0 AND whole_is_common THEN
      found := cap;
    ELSE
      EXECUTE format($q$SELECT count(*)::integer, (array_agg(article_id ORDER BY published_at DESC, article_id DESC))[1:$5]
                        FROM (SELECT article_id, published_at FROM article_search
                              WHERE (%I || alwafd_search_periods(edition, published_at)) @@ $1 AND status = 'published' AND edition = $2
                                AND published_at <= $3 AND published_at < $4 LIMIT $6) AS capped$q$, term_set)
        INTO found, newest USING window_query, edition, at_now, below, wanted - cardinality(taken), cap;
    END IF;
    IF found < cap THEN
      -- Every match of the window is known: its newest are next.
      taken := taken || coalesce(newest, '{}');
      below := window_start;
    ELSIF level = 0 AND below = 'infinity' THEN
      -- Common after all: the recent periods first, then older ones as above.
      whole_is_common := true;
    ELSIF level < 3 THEN
      -- Too many to sort: the window's periods of the next level, newest first, one at a time.
      IF level = 0 THEN
        first_period := alwafd_search_period(1, oldest);
      ELSE
        first_period := first_period * (alwafd_search_period_width(level) / alwafd_search_period_width(level + 1));
      END IF;
      last_period := alwafd_search_period(level + 1, least(below, at_now) - interval '1 microsecond');
      levels := array_fill(level + 1, ARRAY[greatest(last_period - first_period + 1, 0)::integer]) || levels;
      firsts := ARRAY(SELECT generate_series(last_period, first_period, -1)) || firsts;
      lasts := ARRAY(SELECT generate_series(last_period, first_period, -1)) || lasts;
    ELSE
      -- A common word in three days: walking those days' stories newest first meets it soon.
      PERFORM set_config('enable_indexscan', 'on', true), set_config('enable_bitmapscan', 'off', true);
      EXECUTE format($q$SELECT array_agg(article_id) FROM (
                          SELECT article_id FROM article_search
                          WHERE %I @@ $1 AND status = 'published' AND edition = $2 AND published_at <= $3 AND published_at < $4
                            AND published_at >= $5
                          ORDER BY published_at DESC, article_id DESC LIMIT $6) AS walked$q$, term_set)
        INTO newest USING query, edition, at_now, below, window_start, wanted - cardinality(taken);
      PERFORM set_config('enable_indexscan', 'off', true), set_config('enable_bitmapscan', 'on', true);
      taken := taken || coalesce(newest, '{}');
      below := window_start;
    END IF;
  END LOOP;
  -- Back as they were: the rest of the caller's transaction plans as usual.
  PERFORM set_config('enable_seqscan', seqscan, true), set_config('enable_indexscan', indexscan, true), set_config('enable_bitmapscan', bitmapscan, true);
  RETURN QUERY SELECT unnest(taken[1:wanted]);
END
$fn$;
`;

const INDEXES = String.raw`
SET LOCAL maintenance_work_mem = '512MB';
CREATE INDEX IF NOT EXISTS article_search_title_periods_idx ON article_search USING gin ((title || alwafd_search_periods(edition, published_at))) WHERE status = 'published';
CREATE INDEX IF NOT EXISTS article_search_head_periods_idx ON article_search USING gin ((head || alwafd_search_periods(edition, published_at))) WHERE status = 'published';
CREATE INDEX IF NOT EXISTS article_search_words_periods_idx ON article_search USING gin ((words || alwafd_search_periods(edition, published_at))) WHERE status = 'published';
CREATE INDEX IF NOT EXISTS article_search_stems_periods_idx ON article_search USING gin ((stems || alwafd_search_periods(edition, published_at))) WHERE status = 'published';
DROP INDEX IF EXISTS article_search_title_idx, article_search_head_idx, article_search_words_idx, article_search_stems_idx;
`;

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(PERIODS));
  await db.execute(sql.raw(INDEXES));
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(`
  SET LOCAL maintenance_work_mem = '512MB';
  CREATE INDEX article_search_title_idx ON article_search USING gin (title) WHERE status = 'published';
  CREATE INDEX article_search_head_idx ON article_search USING gin (head) WHERE status = 'published';
  CREATE INDEX article_search_words_idx ON article_search USING gin (words) WHERE status = 'published';
  CREATE INDEX article_search_stems_idx ON article_search USING gin (stems) WHERE status = 'published';
  DROP INDEX article_search_title_periods_idx, article_search_head_periods_idx, article_search_words_periods_idx, article_search_stems_periods_idx;
  DROP FUNCTION alwafd_search_newest(text, tsquery, enum_articles_edition, integer);`));
  await db.execute(sql.raw(NEWEST_BY_CAP));
  await db.execute(sql.raw(`
  ALTER FUNCTION alwafd_search_newest(text, tsquery, enum_articles_edition, integer) ROWS 25;
  DROP FUNCTION alwafd_search_periods(enum_articles_edition, timestamptz), alwafd_search_period_term(enum_articles_edition, integer, bigint),
    alwafd_search_period(integer, timestamptz), alwafd_search_period_width(integer);`));
}
