import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres';
import { NEWEST } from './20261201_130000_search_windows_first';

/**
 * Written by hand: search functions Payload does not describe (cms/migrations/20261129_120000_search.ts).
 *
 * A search spent most of its database time planning, not reading. alwafd_search_newest read each
 * window of periods with dynamic SQL (EXECUTE format(…)), which PostgreSQL plans again at every call —
 * about 0.25 ms a window, a dozen windows a query (three per term set when the set has nothing) —
 * and the page's statement, its four term sets and the stories' teasers in one, was parsed and planned
 * again for every search (about 3 ms of its 4). What each window reads depends on the query's words;
 * how to read it never does: through the term set's GIN index of words and periods, as before.
 *
 * 1. alwafd_search_newest is the same walk through the windows, with one static statement per term set
 *    (the set is a column name, so each set has its own): PL/pgSQL keeps a static statement's plan for
 *    the connection, and `plan_cache_mode = force_generic_plan` makes that one plan for every query
 *    rather than five planned for their values first.
 * 2. alwafd_search_hits is the page's term-set cascade (lib/content/postgres/search.ts, SEARCH_RANKED,
 *    had it inline): headline (tier 1), summary (2), body as typed (3), stems only (4), each set asked
 *    only when the ones before it found fewer than the page reaches, a story's tier the first set that
 *    returned it. Its plan is kept the same way; the page's statement joins its ids to the teasers.
 *
 * Plans are kept per database connection, so they hold behind a pooler too (the pooler's connections
 * to the database are long-lived); a new connection plans each statement once. The answers are the
 * same (__tests__/integration/query-plans.test.ts compares them with reading every story).
 */
const TERM_SETS = ['title', 'head', 'words', 'stems'] as const;

/** One statement per term set, chosen by term_set: the branches of a PL/pgSQL IF. */
function perTermSet(statement: (set: string) => string): string {
  return `${TERM_SETS.map((set, i) => `${i === 0 ? 'IF' : 'ELSIF'} term_set = '${set}' THEN\n        ${statement(set)}`).join('\n      ')}\n      END IF;`;
}

/** A window's matches, counted up to the cap, and its newest still wanted: its periods first, as a condition of their own. */
const windowRead = (windowed: boolean) => (set: string) => `SELECT count(*)::integer, (array_agg(capped.article_id ORDER BY capped.published_at DESC, capped.article_id DESC))[1:wanted - cardinality(taken)]
          INTO found, newest
          FROM (SELECT s.article_id, s.published_at FROM article_search s
                WHERE ${windowed ? `(s.${set} || alwafd_search_periods(s.edition, s.published_at)) @@ window_periods AND ` : ''}(s.${set} || alwafd_search_periods(s.edition, s.published_at)) @@ query
                  AND s.status = 'published' AND s.edition = alwafd_search_newest.edition AND s.published_at <= at_now AND s.published_at < below
                LIMIT cap) AS capped;`;

/** Three days with more matches than the cap: their stories newest first, until the page is full. */
const threeDaysWalked = (set: string) => `SELECT array_agg(walked.article_id) INTO newest FROM (
          SELECT s.article_id FROM article_search s
          WHERE s.${set} @@ query AND s.status = 'published' AND s.edition = alwafd_search_newest.edition
            AND s.published_at <= at_now AND s.published_at < below AND s.published_at >= window_start
          ORDER BY s.published_at DESC, s.article_id DESC LIMIT wanted - cardinality(taken)) AS walked;`;

/** cms/migrations/20261201_130000_search_windows_first.ts' walk, its reads static. */
const NEWEST_KEPT = String.raw`
CREATE OR REPLACE FUNCTION alwafd_search_newest(term_set text, query tsquery, edition enum_articles_edition, wanted integer)
RETURNS SETOF integer
LANGUAGE plpgsql ROWS 25
SET plan_cache_mode = force_generic_plan AS $fn$
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
  -- No branch below reads another.
  IF term_set NOT IN (${TERM_SETS.map((set) => `'${set}'`).join(', ')}) THEN
    RAISE EXCEPTION 'unknown term set %', term_set;
  END IF;
  -- Read while index scans are allowed: the end of an index, not all of it.
  SELECT min(s.published_at) INTO oldest FROM article_search s WHERE s.status = 'published' AND s.edition = alwafd_search_newest.edition;
  -- Set before any read is planned: the kept plans are made under these.
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
    IF level = 0 THEN
      ${perTermSet(windowRead(false))}
    ELSE
      -- The periods first, as a condition of their own: the words' entries are entered at the window.
      ${perTermSet(windowRead(true))}
    END IF;
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
      ${perTermSet(threeDaysWalked)}
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

/**
 * The stories of a search page and their tiers, from each term set's newest `wanted` matches: each set
 * asked only when the sets before it found fewer stories than that. `seatless`: the query's words with
 * the hamza's seat left out, for the stems (cms/migrations/20261130_170000_search_hamza_seats.ts).
 * Column names win over the output's (id, tier): the sets' own ids are meant everywhere in it.
 */
const HITS = String.raw`
CREATE OR REPLACE FUNCTION alwafd_search_hits(edition enum_articles_edition, words text, wanted integer, seatless text)
RETURNS TABLE (id integer, tier integer)
LANGUAGE plpgsql ROWS 25
SET plan_cache_mode = force_generic_plan AS $fn$
#variable_conflict use_column
BEGIN
  RETURN QUERY
  WITH titled AS MATERIALIZED (
    SELECT found.id, 1 AS tier FROM alwafd_search_newest('title', alwafd_search_query(alwafd_search_hits.words), alwafd_search_hits.edition, alwafd_search_hits.wanted) AS found(id)
  ), summed AS MATERIALIZED (
    SELECT id, tier FROM titled
    UNION ALL SELECT found.id, 2 FROM alwafd_search_newest('head', alwafd_search_query(alwafd_search_hits.words), alwafd_search_hits.edition, alwafd_search_hits.wanted) AS found(id)
          WHERE (SELECT count(*) FROM titled) < alwafd_search_hits.wanted
  ), typed AS MATERIALIZED (
    SELECT id, tier FROM summed
    UNION ALL SELECT found.id, 3 FROM alwafd_search_newest('words', alwafd_search_query(alwafd_search_hits.words), alwafd_search_hits.edition, alwafd_search_hits.wanted) AS found(id)
          WHERE (SELECT count(DISTINCT id) FROM summed) < alwafd_search_hits.wanted
  )
  SELECT sets.id, min(sets.tier)::integer FROM (
    SELECT id, tier FROM typed
    UNION ALL SELECT found.id, 4 FROM alwafd_search_newest('stems', alwafd_search_query(alwafd_search_stems(alwafd_search_hits.seatless)), alwafd_search_hits.edition, alwafd_search_hits.wanted) AS found(id)
          WHERE (SELECT count(DISTINCT id) FROM typed) < alwafd_search_hits.wanted
  ) AS sets GROUP BY sets.id;
END
$fn$;
`;

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(`${NEWEST_KEPT}\n${HITS}`));
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // The page's statement of the release before this one has the cascade inline; the function goes with it.
  await db.execute(sql.raw(`DROP FUNCTION IF EXISTS alwafd_search_hits(enum_articles_edition, text, integer, text);\n${NEWEST}`));
}
