import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres';
import { DIGIT_RANGES, DIGITS_FROM, DIGITS_TO, FOLD_FROM, FOLD_TO } from './20261129_120000_search';

/**
 * Written by hand: search functions Payload does not describe (cms/migrations/20261129_120000_search.ts).
 *
 * Text copied from a Qur'an app is written in the Uthmani style, with marks from the block's
 * Quranic annotation signs that search did not know: the dotless head of khah U+06E1 where ordinary
 * text writes the sukun U+0652, the small waw and yeh U+06E5 and U+06E6, the small high rounded zero
 * U+06DF, the small high and low meem U+06E2 and U+06ED, and the other small high and low letters and
 * pause signs of U+06D6–U+06ED. alwafd_search_fold dropped the harakat (U+064B–U+065F, which already
 * holds U+0656–U+065F) but not these, and alwafd_search_words cut a word at each of them: the word
 * for "the statements" with U+06E1 in place of the sukun was searched as the bare article and the
 * rest, and found one story where the same word with a sukun found six.
 *
 * alwafd_search_fold now drops them as it drops the harakat, so such a word folds to exactly the terms
 * of the word with ordinary harakat (or none): U+06D6–U+06DC, U+06DF–U+06E8 and U+06EA–U+06ED. Three
 * signs of that block are left as they were, separators between words: the end of ayah U+06DD, the
 * rub el hizb U+06DE and the place of sajdah U+06E9 are not marks on a letter but signs set between
 * words (the end of ayah before the verse's number), and dropped they would glue a word to the next
 * one, or to the verse's number, into one term no reader types.
 *
 * A rule change under 20261130_220000_search_rules_catch_up: the function is replaced and the rules'
 * generation raised, instantly at any archive size; the stories are computed again afterwards, newest
 * first, by the publishing clock or `npm run search:catch-up` (run it right after the deploy: until a
 * story's turn, a word of its written with these marks is still split). Queries are read by the new
 * function at once. Rows in search_lexicon learned from split words stay (it only grows, and a
 * respelling is only offered when it finds live stories). lib/search/normalize.ts `DROPPED` mirrors
 * it; __tests__/integration/search.test.ts compares the two.
 */
/** Every character of the given ranges of code points (first and last included), as one string. */
export const charactersIn = (ranges: readonly (readonly [number, number])[]) =>
  ranges.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, i) => String.fromCharCode(first + i))).join('');

export const QURANIC_MARKS = charactersIn([
  [0x6d6, 0x6dc],
  [0x6df, 0x6e8],
  [0x6ea, 0x6ed],
]);

/** alwafd_search_fold as 20261129_120000_search.ts wrote it, with `dropped` dropped as well. */
const FOLD = (dropped: string) => String.raw`
CREATE OR REPLACE FUNCTION alwafd_search_fold(t text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
  s text := translate(lower(normalize(t, NFKC)), '${FOLD_FROM}${dropped}', '${FOLD_TO}');
BEGIN
  -- Most text has only ASCII digits: the long translation runs only when another system is there.
  IF s ~ '[${DIGIT_RANGES}]' THEN
    s := translate(s, '${DIGITS_FROM}', '${DIGITS_TO}');
  END IF;
  RETURN s;
END
$fn$;
-- Every row is now stale: the catch-up computes them again, newest first.
SELECT alwafd_search_raise_rules();
`;

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(FOLD(QURANIC_MARKS)));
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // The old function back, and the generation raised again (it only rises): the rows computed under
  // this rule are computed again under the old one.
  await db.execute(sql.raw(FOLD('')));
}
