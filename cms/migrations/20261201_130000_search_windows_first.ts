import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres';
import { PERIODS } from './20261129_140000_search_periods';

/**
 * Written by hand: search functions Payload does not describe (cms/migrations/20261129_120000_search.ts).
 *
 * At a million stories search spent its extra time on queries of two to four words that match a few
 * hundred stories over twenty years (issue 12, item 3; BENCHMARKS.md, "Search at a million"). The
 * statistics call such a query rare, and alwafd_search_newest (20261129_140000_search_periods.ts)
 * read a rare query whole, in one pass: every entry of its rarest word, and the row of every match
 * (up to the cap), to keep the newest 21 — a thousand times more of both at a million than at a
 * thousand. It did so because a window of periods cost as much: the period was a term of the words'
 * query, and GIN walks one query's entries from its rarest — nearly always a word, not the period —
 * checking the others at each of its items, so every window read that word's entries from the
 * archive's first story.
 *
 * 1. A window's periods are now a condition of their own on the index, written before the words.
 *    GIN scans each condition as its own key and lets each skip the others ahead to its next match
 *    (ginget.c, scanGetItem), so the words' entries are entered at the window's first story and a
 *    window reads its own share of each list. Stories are stored in order of publication (a
 *    newsroom's are written as they are published; `npm run archive` lays its archive out the same
 *    way), so that share is a stretch of each posting list, found by one descent of its tree.
 * 2. With windows that cheap, no query is read whole first: every query starts with the last days,
 *    then the last weeks, then windows sized by the rate its matches came at, as common ones always
 *    did — a query with a page of matches in the last years reads those years, and one that matches
 *    nothing reads the recent windows (a descent of each list) and then the rest at once. The
 *    estimate from the statistics that chose the whole pass is no longer asked for (its plan, too).
 *
 * The answer is the same — the newest matches, as reading every story gives
 * (__tests__/integration/query-plans.test.ts compares them at caps that take every branch, and
 * counts what a rare query with a page in its last years reads).
 */
export const NEWEST = String.raw`
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
  window_periods tsquery;
  below timestamptz := 'infinity';
  oldest timestamptz;
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
      window_periods := NULL;
      window_start := '-infinity';
    ELSE
      window_periods := alwafd_search_period_term(edition, level, first_period)::tsquery
                        || alwafd_search_period_term(edition, level, last_period)::tsquery;
      window_start := timestamptz '1970-01-01 00:00:00+00' + make_interval(secs => first_period * alwafd_search_period_width(level));
    END IF;
    CONTINUE WHEN window_start >= below;
    -- The periods first, as a condition of their own: the words' entries are entered at the window.
    EXECUTE format($q$SELECT count(*)::integer, (array_agg(article_id ORDER BY published_at DESC, article_id DESC))[1:$5]
                      FROM (SELECT article_id, published_at FROM article_search
                            WHERE %s (%I || alwafd_search_periods(edition, published_at)) @@ $1 AND status = 'published' AND edition = $2
                              AND published_at <= $3 AND published_at < $4 LIMIT $6) AS capped$q$,
                   CASE WHEN level = 0 THEN '' ELSE format('(%I || alwafd_search_periods(edition, published_at)) @@ $7 AND', term_set) END,
                   term_set)
      INTO found, newest USING query, edition, at_now, below, wanted - cardinality(taken), cap, window_periods;
    IF found < cap THEN
      -- Every match of the window is known: its newest are next.
      taken := taken || coalesce(newest, '{}');
      below := window_start;
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

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(NEWEST));
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // alwafd_search_newest as 20261129_140000_search_periods.ts wrote it (with the functions it calls, unchanged).
  await db.execute(sql.raw(PERIODS));
}
