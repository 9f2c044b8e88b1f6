import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres';
import { DIGIT_RANGES, DIGITS_FROM, DIGITS_TO, FOLD_FROM, FOLD_TO } from './20261129_120000_search';
import { QURANIC_MARKS } from './20261201_090000_search_quranic_marks';

/**
 * Written by hand: alwafd_search_fold (cms/migrations/20261129_120000_search.ts), the same text out,
 * three to four times faster. No rule changes, so the rules' generation stays and no story is computed
 * again.
 *
 * Every write of a story folds its text twice (its words, and its words with the hamza's seats
 * dropped, for the stems), and the fold was most of a story's write: 1.6 s for 1,000 generated bodies
 * (2.5 MB of text), against 0.15 s to read the bodies out of their JSON. Of that, translate() took
 * 0.84 s — it compares each character of the text with each of the 56 it folds or drops — and
 * normalize(NFKC) 0.31 s, on text that is nearly always NFKC already.
 *
 * Now, in steps that each give what the single pass gave:
 *  - NFKC only when the text is not NFKC (`IS NFKC NORMALIZED` answers from Unicode's quick-check
 *    table: 0.11 s for the same bodies); normalizing NFKC text gives it back unchanged;
 *  - the tatweel, harakat and Quranic marks (the characters translate() dropped, having nothing to
 *    map them to) removed by one bracket expression, and only when there is one (0.05 s);
 *  - then translate() of the ten letters alone (0.19 s). Dropping first and mapping after is the
 *    single pass: the two sets share no character, and no letter maps to a dropped one or to another
 *    that is mapped again.
 * The digits keep their test-then-translate. Compared with the single pass before it landed (a
 * one-off check): the same text out for every code point up to U+11170 alone and between two
 * letters (67,952), and for the 43,036 titles, summaries and bodies of a 20,000-story archive.
 * __tests__/integration/search.test.ts checks the function against lib/search/normalize.ts on a
 * corpus that has every folded and dropped character.
 */
const LETTERS_FROM = FOLD_FROM.slice(0, FOLD_TO.length);
/** What this migration's fold drops: the tatweel, the harakat, the superscript alef and the Quranic marks. */
export const DROPPED = FOLD_FROM.slice(FOLD_TO.length) + QURANIC_MARKS;

/** A bracket expression of `chars`, each written as an escape (so no character means anything to it). */
const bracket = (chars: string) =>
  `[${[...chars].map((c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`).join('')}]`;

/** Both versions end alike: every Unicode digit system to 0–9. */
const DIGITS_THEN_RETURN = String.raw`
  -- Most text has only ASCII digits: the long translation runs only when another system is there.
  IF s ~ '[${DIGIT_RANGES}]' THEN
    s := translate(s, '${DIGITS_FROM}', '${DIGITS_TO}');
  END IF;
  RETURN s;
END
$fn$;
`;

/** The fold in steps, dropping `dropped` (a later rule change drops more: 20261203_100000_search_extended_marks.ts). */
export const foldInSteps = (dropped: string) => String.raw`
CREATE OR REPLACE FUNCTION alwafd_search_fold(t text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
  s text := t;
BEGIN
  IF s IS NOT NFKC NORMALIZED THEN
    s := normalize(s, NFKC);
  END IF;
  s := lower(s);
  IF s ~ '${bracket(dropped)}' THEN
    s := regexp_replace(s, '${bracket(dropped)}+', '', 'g');
  END IF;
  s := translate(s, '${LETTERS_FROM}', '${FOLD_TO}');${DIGITS_THEN_RETURN}`;

/** The single pass, as 20261201_090000_search_quranic_marks.ts left it. */
const ONE_PASS = String.raw`
CREATE OR REPLACE FUNCTION alwafd_search_fold(t text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
  s text := translate(lower(normalize(t, NFKC)), '${FOLD_FROM}${QURANIC_MARKS}', '${FOLD_TO}');
BEGIN${DIGITS_THEN_RETURN}`;

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(foldInSteps(DROPPED)));
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(ONE_PASS));
}
