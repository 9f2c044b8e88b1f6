import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres';

/**
 * Written by hand: search functions Payload does not describe (cms/migrations/20261129_120000_search.ts).
 *
 * The stems now also lose the conjunction و written joined to a word when three letters remain, as
 * Larkey's light10 does (it was the one light10 prefix missing), with the preposition and article it
 * may carry (وبال وكال وفال ولل): «ومصر» and «وبالطاقة» find the stories about مصر and الطاقة among the
 * stem matches, where they found nothing. The whole-word sets keep the
 * word as written, so «وزير» still ranks a story that says «وزير» above one that says «زير».
 *
 * Going up, only the function changes: the next migration (20261130_170000_search_hamza_seats,
 * always applied with this one) computes every story's stems again from its text with it. Doing it
 * here as well rewrote 85 % of the rows for nothing: 50 s per 50,000 stories, about 17 minutes at a
 * million (BENCHMARKS.md, "What the search migrations cost at a million"). Going down, the stems are
 * computed again from each story's words.
 * lib/search/normalize.ts `stem` mirrors it; __tests__/integration/search.test.ts compares the two.
 */
const SUFFIXES = String.raw`
  s := regexp_replace(s, '([^ ]{2})ها(?= )', '\1', 'g');
  s := regexp_replace(s, '([^ ]{2})ان(?= )', '\1', 'g');
  s := regexp_replace(s, '([^ ]{2})ات(?= )', '\1', 'g');
  s := regexp_replace(s, '([^ ]{2})ون(?= )', '\1', 'g');
  s := regexp_replace(s, '([^ ]{2})ين(?= )', '\1', 'g');
  s := regexp_replace(s, '([^ ]{2})يه(?= )', '\1', 'g');
  s := regexp_replace(s, '([^ ]{2})ه(?= )', '\1', 'g');
  s := regexp_replace(s, '([^ ]{2})ي(?= )', '\1', 'g');
  s := regexp_replace(s, '([^ ]{2,}[^ ae])ies(?= )', '\1y', 'g');
  s := regexp_replace(s, '([^ ]{2,}[^ aeo])es(?= )', '\1e', 'g');
  s := regexp_replace(s, '([^ ]{2,}[^ us])s(?= )', '\1', 'g');`

const stems = (prefixes: string) => String.raw`
CREATE OR REPLACE FUNCTION alwafd_search_stems(words text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
  s text := ' ' || words || ' ';
BEGIN${prefixes}${SUFFIXES}
  RETURN btrim(s);
END
$fn$;
`;

const RECOMPUTE = String.raw`
UPDATE article_search SET stems = alwafd_search_vector(alwafd_search_stems(array_to_string(tsvector_to_array(words), ' ')))
WHERE stems IS DISTINCT FROM alwafd_search_vector(alwafd_search_stems(array_to_string(tsvector_to_array(words), ' ')));
ANALYZE article_search;
`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(stems(String.raw`
  s := regexp_replace(s, ' و(?:(?:بال|كال|فال)(?=[^ ]{3})|لل(?=[^ ]{2})|(?=[^ ]{3}))', ' ', 'g');`)))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(stems('') + RECOMPUTE))
}
