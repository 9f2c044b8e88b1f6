import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres';
import { KEPT, LETTERS_AND_DIGITS, PER_WORD } from './20261202_041000_search_words_prefix_per_word';

/**
 * Written by hand: a rule change of alwafd_search_words (20261202_041000_search_words_prefix_per_word.ts).
 *
 * Egyptian papers write the compound names both joined and apart — «عبد الفتاح السيسي» and
 * «عبدالفتاح السيسي», «أبو ظبي» and «أبوظبي», «أبو تريكة» and «أبوتريكة» — and readers type them either way.
 * The words were cut at the space, so «عبدالفتاح» was one term and «عبد الفتاح» two others: a reader who
 * typed the name joined found none of the stories that write it apart, and the other way round.
 *
 * Now the first word of such a name (عبد, أبو, with a joined و) written apart joins the Arabic word after
 * it — «عبد الفتاح» gives عبدالفتاح, and الفتاح as before — and a name written joined (that first word
 * and three letters or more: not «أبوها», «عبده») gives what follows it too — «عبدالفتاح» gives
 * عبدالفتاح and الفتاح. Either spelling, in a story or in a query, has the same terms. The article
 * and prepositions come off each word afterwards as before, and the stop-words and lengths are kept
 * as before.
 *
 * A rule change as 20261203_100000_search_extended_marks.ts was: the function replaced and the rules'
 * generation raised, instantly at any size; the stories are computed again afterwards, newest first,
 * by the publishing clock or `npm run search:catch-up`. lib/search/normalize.ts `words` mirrors it;
 * __tests__/integration/search.test.ts compares the two.
 */
const ARABIC = String.raw`\u0621-\u063a\u0641-\u064a`;

/** The article and prepositions off a word `w`, as 20261202_041000_search_words_prefix_per_word.ts takes them. */
const WITHOUT_CLITIC = String.raw`CASE WHEN length(w) >= 6 AND left(w, 3) IN ('وال', 'بال', 'كال', 'فال') THEN substr(w, 4)
                WHEN length(w) >= 4 AND left(w, 2) IN ('ال', 'لل') THEN substr(w, 3)
                ELSE w END`;

const COMPOUNDS = String.raw`
CREATE OR REPLACE FUNCTION alwafd_search_words(t text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
  folded text := alwafd_search_fold(t);
  tokens text[] := string_to_array(btrim(regexp_replace(folded, ${LETTERS_AND_DIGITS}, ' ', 'g')), ' ');
BEGIN
  -- Most texts hold neither first word anywhere: their words as before, without pairing each with the next.
  IF strpos(folded, 'عبد') = 0 AND strpos(folded, 'ابو') = 0 THEN
    RETURN array_to_string(ARRAY(SELECT ${WITHOUT_CLITIC} FROM unnest(tokens) AS w${KEPT}), ' ');
  END IF;
  RETURN array_to_string(ARRAY(
    SELECT ${WITHOUT_CLITIC}
      FROM (SELECT tok, lead(tok) OVER (ORDER BY n) AS nxt, n FROM unnest(tokens) WITH ORDINALITY AS u(tok, n)) s
      CROSS JOIN LATERAL (VALUES
        -- Apart: the first word joins the next; every other word is itself.
        (1, CASE WHEN tok IN ('عبد', 'ابو', 'وعبد', 'وابو') AND nxt ~ '^[${ARABIC}]+$' THEN tok || nxt ELSE tok END),
        -- Joined: what follows the first word, besides.
        (2, CASE WHEN left(tok, 3) IN ('عبد', 'ابو') OR left(tok, 4) IN ('وعبد', 'وابو')
                 THEN substring(tok FROM '^و?(?:عبد|ابو)([${ARABIC}]{3,})$') END)
      ) AS e(k, w)${KEPT.replace('WHERE', 'WHERE w IS NOT NULL AND')}
      ORDER BY n, k
  ), ' ');
END
$fn$;
`;

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(`${COMPOUNDS}\nSELECT alwafd_search_raise_rules();`));
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // The generation only rises: the rows computed under this rule are computed again under the old one.
  await db.execute(sql.raw(`${PER_WORD}\nSELECT alwafd_search_raise_rules();`));
}
