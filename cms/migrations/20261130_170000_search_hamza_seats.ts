import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres';

/**
 * Written by hand: search functions Payload does not describe (cms/migrations/20261129_120000_search.ts).
 *
 * Egyptian papers write «مسئول», «شئون», «تساءلات» where the standard spelling is «مسؤول», «شؤون»,
 * «تساؤلات»: the hamza sits on a different seat. The whole-word sets keep the folding (ؤ → و,
 * ئ → ي), so «مسؤول» and «مسئول» stay two words there and a story spelled as typed ranks first; the
 * stems no longer see the seat (ؤ and ئ read as ء before folding), so «مسؤولية» also finds the stories
 * that write «مسئولية», among the stem matches. A query's stems are read the same way
 * (lib/content/postgres/search.ts SEARCH_RANKED, lib/search/normalize.ts `seatless`). Every story's
 * stems are computed again from its text, inside the migration — about 48 minutes at a million stories,
 * which is why later rule changes leave that to a catch-up (20261130_220000_search_rules_catch_up).
 */
const MAX_INDEXED_BODY = 100000;

export const TRIGGER = (stemsFrom: (field: string) => string) => String.raw`
CREATE OR REPLACE FUNCTION alwafd_search_index_article() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
  title_words text;
  head_words text;
  all_words text;
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.title IS NOT DISTINCT FROM OLD.title AND NEW.summary IS NOT DISTINCT FROM OLD.summary
     AND NEW.body IS NOT DISTINCT FROM OLD.body AND EXISTS (SELECT 1 FROM article_search WHERE article_id = NEW.id) THEN
    UPDATE article_search SET edition = NEW.edition, status = NEW._status, published_at = NEW.published_at
    WHERE article_id = NEW.id
      AND (edition, status, published_at) IS DISTINCT FROM (NEW.edition, NEW._status, NEW.published_at);
    RETURN NULL;
  END IF;
  title_words := alwafd_search_words(coalesce(NEW.title, ''));
  head_words := concat_ws(' ', title_words, alwafd_search_words(coalesce(NEW.summary, '')));
  all_words := concat_ws(' ', head_words, alwafd_search_words(left(alwafd_search_body(NEW.body), ${MAX_INDEXED_BODY})));
  INSERT INTO article_search (article_id, edition, status, published_at, title, head, words, stems)
  VALUES (NEW.id, NEW.edition, NEW._status, NEW.published_at, alwafd_search_vector(title_words), alwafd_search_vector(head_words),
          alwafd_search_vector(all_words), alwafd_search_vector(alwafd_search_stems(${stemsFrom('NEW')})))
  ON CONFLICT (article_id) DO UPDATE SET edition = EXCLUDED.edition, status = EXCLUDED.status, published_at = EXCLUDED.published_at,
    title = EXCLUDED.title, head = EXCLUDED.head, words = EXCLUDED.words, stems = EXCLUDED.stems;
  RETURN NULL;
END
$fn$;
`;

/** A story's words with the hamza's seat left out (ؤ and ئ as ء), for its stems. */
export const seatlessWords = (row: string) =>
  `concat_ws(' ', alwafd_search_words(alwafd_search_seatless(coalesce(${row}.title, ''))), alwafd_search_words(alwafd_search_seatless(coalesce(${row}.summary, ''))), alwafd_search_words(alwafd_search_seatless(left(alwafd_search_body(${row}.body), ${MAX_INDEXED_BODY}))))`;

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(
    sql.raw(String.raw`
CREATE OR REPLACE FUNCTION alwafd_search_seatless(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  SELECT translate(normalize(t, NFKC), 'ؤئ', 'ءء')
$fn$;
${TRIGGER(seatlessWords)}
UPDATE article_search s SET stems = alwafd_search_vector(alwafd_search_stems(${seatlessWords('a')}))
FROM articles a WHERE a.id = s.article_id;
ANALYZE article_search;
`),
  );
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(
    sql.raw(String.raw`
${TRIGGER(() => 'all_words')}
UPDATE article_search SET stems = alwafd_search_vector(alwafd_search_stems(array_to_string(tsvector_to_array(words), ' ')));
DROP FUNCTION alwafd_search_seatless(text);
`),
  );
}
