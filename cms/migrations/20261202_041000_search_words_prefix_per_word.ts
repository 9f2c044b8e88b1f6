import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres';
import { STOP_WORDS } from './20261129_120000_search';

/**
 * Written by hand: alwafd_search_words (cms/migrations/20261129_120000_search.ts), the same terms out,
 * a third faster. No rule changes, so the rules' generation stays and no story is computed again.
 *
 * The joined article and prepositions (ال لل when two letters remain, وال بال كال فال when three do)
 * were taken off by a regular expression over the whole joined text, whose look-ahead cost about
 * 0.5 s for 1,000 generated bodies. Each word now loses them on its own, as it is kept: a word of six
 * letters or more that begins with وال بال كال فال loses those three, else one of four or more that
 * begins with ال or لل loses those two — what the expression matched after each space, in its order.
 * Measured on 1,000 generated bodies (2.5 MB): 1,219 → 821 ms; with 20261202_040000_search_fold_in_steps,
 * a story's search terms (alwafd_search_terms, two passes over its text) 4.0 → 3.0 ms or so.
 *
 * Compared with the old function before it landed (a one-off check): the same terms for every code
 * point up to U+11170 alone and inside, after and before the prefixes (67,952 texts), for the edge
 * cases of length (الا الاب والد والدة والدات …), and for the 43,036 titles, summaries and bodies of a
 * 20,000-story archive. lib/search/normalize.ts mirrors it; __tests__/integration/search.test.ts
 * compares the two.
 */
export const LETTERS_AND_DIGITS = String.raw`'[^0-9a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06fa-\u06ff]+'`;
export const KEPT = String.raw`
      WHERE w <> ALL ('{${STOP_WORDS.join(',')}}'::text[])
        AND (length(w) > 1 OR ascii(w) BETWEEN 48 AND 57)
        AND length(w) <= 60`;

export const PER_WORD = String.raw`
CREATE OR REPLACE FUNCTION alwafd_search_words(t text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
BEGIN
  RETURN array_to_string(ARRAY(
    SELECT CASE WHEN length(w) >= 6 AND left(w, 3) IN ('وال', 'بال', 'كال', 'فال') THEN substr(w, 4)
                WHEN length(w) >= 4 AND left(w, 2) IN ('ال', 'لل') THEN substr(w, 3)
                ELSE w END
      FROM unnest(string_to_array(btrim(regexp_replace(alwafd_search_fold(t), ${LETTERS_AND_DIGITS}, ' ', 'g')), ' ')) AS w${KEPT}
  ), ' ');
END
$fn$;
`;

/** As 20261129_120000_search.ts wrote it. */
const WHOLE_TEXT = String.raw`
CREATE OR REPLACE FUNCTION alwafd_search_words(t text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
BEGIN
  RETURN btrim(regexp_replace(
    ' ' || array_to_string(ARRAY(
      SELECT w FROM unnest(string_to_array(btrim(regexp_replace(alwafd_search_fold(t), ${LETTERS_AND_DIGITS}, ' ', 'g')), ' ')) AS w${KEPT}
    ), ' ') || ' ',
    ' (?:وال|بال|كال|فال)(?=[^ ]{3})| (?:ال|لل)(?=[^ ]{2})', ' ', 'g'));
END
$fn$;
`;

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(PER_WORD));
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(WHOLE_TEXT));
}
