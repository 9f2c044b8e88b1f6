-- What the search migrations' row rewrites cost, on the first 50,000 stories of an archive, each in a
-- transaction that is rolled back (nothing changes). BENCHMARKS.md, "What the search migrations cost
-- at a million":
--   DATABASE_NAME=alwafd_scale_1000000 npx tsx scripts/database.ts run -- \
--     sh -c 'psql "$DATABASE_URL" -f scripts/sql/search-migration-cost.sql'
\timing on
SELECT count(*) AS stories FROM article_search;

-- 20261130_160000_search_stems_waw as first written: stems again from each story's stored words
-- (its up() no longer does this: the next migration recomputes them all).
BEGIN;
UPDATE article_search SET stems = alwafd_search_vector(alwafd_search_stems(array_to_string(tsvector_to_array(words), ' ')))
WHERE article_id IN (SELECT article_id FROM article_search ORDER BY article_id LIMIT 50000)
  AND stems IS DISTINCT FROM alwafd_search_vector(alwafd_search_stems(array_to_string(tsvector_to_array(words), ' ')));
ROLLBACK;

-- 20261130_170000_search_hamza_seats: stems from each story's text, the hamza's seat left out.
BEGIN;
UPDATE article_search s SET stems = alwafd_search_vector(alwafd_search_stems(concat_ws(' ',
    alwafd_search_words(alwafd_search_seatless(coalesce(a.title, ''))),
    alwafd_search_words(alwafd_search_seatless(coalesce(a.summary, ''))),
    alwafd_search_words(alwafd_search_seatless(left(alwafd_search_body(a.body), 100000))))))
FROM articles a
WHERE a.id = s.article_id AND s.article_id IN (SELECT article_id FROM article_search ORDER BY article_id LIMIT 50000);
ROLLBACK;
