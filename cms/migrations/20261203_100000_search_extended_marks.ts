import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres';
import { charactersIn } from './20261201_090000_search_quranic_marks';
import { DROPPED, foldInSteps } from './20261202_040000_search_fold_in_steps';

/**
 * Written by hand: a rule change of alwafd_search_fold (20261202_040000_search_fold_in_steps.ts).
 *
 * The Qur'an as the King Fahd Complex prints it (its digital text is what Qur'an sites and apps copy
 * from) writes the tanween of a letter followed by another as *open* tanween: U+08F0–U+08F2, from the
 * Arabic Extended-A block, where ordinary text writes the harakat U+064B–U+064D. The fold dropped the
 * harakat but not these, and the words' pattern cut a word at each: «حَكِيمࣰا» (where ordinary text
 * writes «حَكِيمًا») was indexed as «حكيم» and a stray «ا», too short to keep — a reader typing «حكيما»
 * did not find the story that quotes the verse, nor a verse pasted into the search box its own words.
 *
 * The fold now drops every combining mark of the two extended Arabic blocks as it drops the harakat —
 * U+0897–U+089F, U+08CA–U+08E1 and U+08E3–U+08FF: the open tanween, the small high and low letters and
 * signs of those Qur'an texts, the marks of African and Asian orthographies — so such a word folds to
 * the terms of the word with ordinary harakat or none. U+08E2, the disputed end of ayah, is no mark
 * on a letter but a sign between words, and separates them as the end of ayah U+06DD does.
 *
 * A rule change as 20261201_090000_search_quranic_marks.ts was: the function replaced and the rules'
 * generation raised, instantly at any size; the stories are computed again afterwards, newest first,
 * by the publishing clock or `npm run search:catch-up`. The headline keys the newsroom's list
 * searches (20261202_072430_headline_search.ts) are set from the fold by a trigger: the headlines that
 * hold one of these marks get theirs again here (a scan of the headlines, no other row written).
 * lib/search/normalize.ts `DROPPED` mirrors it; __tests__/integration/search.test.ts compares the two.
 */
export const EXTENDED_MARKS = charactersIn([
  [0x897, 0x89f],
  [0x8ca, 0x8e1],
  [0x8e3, 0x8ff],
]);

/** Any of them, as a PostgreSQL regular expression. */
const MARK = String.raw`[\u0897-\u089f\u08ca-\u08e1\u08e3-\u08ff]`;

/** The fold dropping `dropped`, every story stale for the catch-up, and the headline keys holding a mark set again. */
const change = (dropped: string) => `
${foldInSteps(dropped)}
SELECT alwafd_search_raise_rules();
UPDATE "articles" SET "headline_key" = alwafd_headline_key("title") WHERE "title" ~ '${MARK}';
UPDATE "_articles_v" SET "version_headline_key" = alwafd_headline_key("version_title") WHERE "version_title" ~ '${MARK}';
`;

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(change(DROPPED + EXTENDED_MARKS)));
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // The generation only rises: the rows computed under this rule are computed again under the old one.
  await db.execute(sql.raw(change(DROPPED)));
}
