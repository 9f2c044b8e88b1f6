import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Search (issue 11, item 7), in the database itself: written by hand because Payload cannot express
 * functions, triggers or GIN indexes.
 *
 * One set of IMMUTABLE functions reads text for search — a story when it is written, a reader's
 * query when it is asked — so both are spelled alike whatever wrote the row: the CMS, an SQL import,
 * an archive generator. PostgreSQL's `arabic` configuration alone keeps المدرسة and المدرسه,
 * مصطفى and مصطفي, الانتخابات and والانتخابات apart; these fold them together:
 *
 *   alwafd_search_fold(text)   NFKC, lower case, آ أ إ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي (and the
 *                              Persian keyboard's ی → ي, ک → ك), no tatweel, no harakat
 *                              (U+064B–U+065F, U+0670), every Unicode digit system → 0–9
 *   alwafd_search_words(text)  the whole-word terms: words of letters and digits, without
 *                              stop-words, single letters, runs past 60 characters, and the joined
 *                              article and prepositions (ال لل when 2 letters remain; وال بال كال فال
 *                              when 3 do) — names stay whole: البدوي is بدوي here
 *   alwafd_search_stems(words) those words with their suffixes stripped (light10 for Arabic:
 *                              ها ان ات ون ين يه ه ي in turn, leaving 2 letters; Harman's S-stemmer
 *                              for English, leaving 3): البدوي is بدو here
 *
 * lib/search/normalize.ts mirrors them for highlighting; __tests__/integration/search.test.ts checks
 * both agree on a corpus. The rules here are frozen with this migration: changing them takes a new
 * migration that replaces the functions and raises the rules' generation, after which the stories are
 * computed again outside the deploy (20261130_220000_search_rules_catch_up).
 *
 * Each story keeps four term sets in article_search (a narrow table beside articles, written by a
 * trigger on articles, so no write path can skip it): its headline's words, headline and summary's
 * words, all its words (with the body's text from its Lexical JSON), and all its stems — each with a
 * GIN index over published stories. A query asks each set for its newest matches and ranks headline
 * above summary above body above stem-only matches, newest first within each
 * (lib/content/postgres/search.ts). No IDF or other statistic of the whole archive enters a story's
 * rank, so a query ranks the stories two archives share in the same order however large either is.
 *
 * search_lexicon holds every whole word of a published story (once, nearly always), with a trigram
 * index (pg_trgm), for respelling a query that finds nothing. It only grows; a respelling is only
 * shown when it finds live stories, so a word from a withdrawn or scheduled story is never revealed.
 */

/** The zero of every decimal digit system of Unicode 17 (ASCII's excepted), each running to nine. */
const DIGIT_ZEROS = [
  0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0,
  0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
  0x104a0, 0x10d30, 0x10d40, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x116d0, 0x116da, 0x11730,
  0x118e0, 0x11950, 0x11bf0, 0x11c50, 0x11d50, 0x11da0, 0x11de0, 0x11f50, 0x16130, 0x16a60, 0x16ac0, 0x16b50, 0x16d70, 0x1ccf0, 0x1d7ce,
  0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e5f1, 0x1e950, 0x1fbf0,
]
export const DIGITS_FROM = DIGIT_ZEROS.flatMap((zero) => Array.from({ length: 10 }, (_, i) => String.fromCodePoint(zero + i))).join('')
export const DIGITS_TO = '0123456789'.repeat(DIGIT_ZEROS.length)
export const DIGIT_RANGES = DIGIT_ZEROS.map((zero) => `${String.fromCodePoint(zero)}-${String.fromCodePoint(zero + 9)}`).join('')

/**
 * Letters folded, then (with nothing to map to, so translate() drops them) tatweel and the harakat.
 * Exported, with the digits', for 20261201_090000_search_quranic_marks, which adds to them.
 */
export const FOLD_FROM = 'آأإٱىةؤئیک' + '\u0640' + Array.from({ length: 0x65f - 0x64b + 1 }, (_, i) => String.fromCharCode(0x64b + i)).join('') + '\u0670'
export const FOLD_TO = 'اااايهوييك'

export const STOP_WORDS = [
  'في', 'من', 'الي', 'عن', 'ان', 'او', 'ثم', 'حتي', 'مع', 'هذا', 'هذه', 'ذلك', 'تلك', 'هولاء', 'التي', 'الذي', 'الذين', 'اللذين',
  'اللتين', 'اللاتي', 'اللواتي', 'كان', 'كانت', 'يكون', 'تكون', 'كانوا', 'قد', 'لقد', 'لا', 'لم', 'لن', 'ما', 'ماذا', 'متي', 'اين', 'كيف',
  'هل', 'هو', 'هي', 'هم', 'هن', 'هما', 'انا', 'نحن', 'انت', 'انتم', 'انه', 'انها', 'انهم', 'كل', 'بعض', 'غير', 'بين', 'عند', 'عندما',
  'كما', 'لكن', 'بل', 'اذا', 'اذ', 'لو', 'اي', 'ايضا', 'منذ', 'خلال', 'بعد', 'قبل', 'حيث', 'عليه', 'عليها', 'عليهم', 'فيه', 'فيها',
  'فيهم', 'منه', 'منها', 'منهم', 'له', 'لها', 'لهم', 'به', 'بها', 'بهم', 'الا', 'ولا', 'وقد', 'وهو', 'وهي', 'وفي', 'ومن', 'وان',
  'وكان', 'وكانت', 'يا',
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'for', 'from', 'had', 'has', 'have', 'he', 'her', 'his', 'i', 'in',
  'into', 'is', 'it', 'its', 'of', 'on', 'or', 'she', 'that', 'the', 'their', 'them', 'they', 'this', 'to', 'was', 'we', 'were',
  'which', 'who', 'with', 'you',
]

/** A body past this many characters (some 15,000 words) is indexed up to here: a tsvector holds at most 1 MB. */
const MAX_INDEXED_BODY = 100000

const FUNCTIONS = String.raw`
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE FUNCTION alwafd_search_fold(t text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
  s text := translate(lower(normalize(t, NFKC)), '${FOLD_FROM}', '${FOLD_TO}');
BEGIN
  -- Most text has only ASCII digits: the long translation runs only when another system is there.
  IF s ~ '[${DIGIT_RANGES}]' THEN
    s := translate(s, '${DIGITS_FROM}', '${DIGITS_TO}');
  END IF;
  RETURN s;
END
$fn$;

CREATE FUNCTION alwafd_search_words(t text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
BEGIN
  RETURN btrim(regexp_replace(
    ' ' || array_to_string(ARRAY(
      SELECT w FROM unnest(string_to_array(btrim(regexp_replace(alwafd_search_fold(t),
        '[^0-9a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06fa-\u06ff]+', ' ', 'g')), ' ')) AS w
      WHERE w <> ALL ('{${STOP_WORDS.join(',')}}'::text[])
        AND (length(w) > 1 OR ascii(w) BETWEEN 48 AND 57)
        AND length(w) <= 60
    ), ' ') || ' ',
    ' (?:وال|بال|كال|فال)(?=[^ ]{3})| (?:ال|لل)(?=[^ ]{2})', ' ', 'g'));
END
$fn$;

CREATE FUNCTION alwafd_search_stems(words text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
  s text := ' ' || words || ' ';
BEGIN
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
  s := regexp_replace(s, '([^ ]{2,}[^ us])s(?= )', '\1', 'g');
  RETURN btrim(s);
END
$fn$;

-- A story's text as readers read it, from the Lexical JSON the CMS stores: text runs joined as
-- written, a space between blocks, list items and line breaks (the nodes come in document order).
CREATE FUNCTION alwafd_search_body(body jsonb) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT coalesce(string_agg(CASE node->>'type' WHEN 'text' THEN node->>'text' WHEN 'link' THEN '' WHEN 'autolink' THEN '' ELSE ' ' END, '' ORDER BY n), '')
  FROM jsonb_path_query(body, 'strict $.** ? (exists (@.type) && exists (@.version))') WITH ORDINALITY AS found(node, n)
$fn$;

CREATE FUNCTION alwafd_search_vector(terms text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  SELECT array_to_tsvector(array_remove(string_to_array(terms, ' '), ''))
$fn$;

-- Every term, ANDed; NULL when there is none (a NULL query matches nothing).
CREATE FUNCTION alwafd_search_query(terms text) RETURNS tsquery
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  SELECT nullif(array_to_string(ARRAY(SELECT DISTINCT quote_literal(w) FROM unnest(string_to_array(terms, ' ')) AS w WHERE w <> ''), ' & '), '')::tsquery
$fn$;
`

const INDEX = String.raw`
-- A narrow table beside articles: what search reads for every match (edition, status, date) fits in
-- a small heap that stays in memory, and the term sets themselves live out of line (TOAST), read only
-- for the rows a query walks or ranks. Reading the wide articles rows for every match cost a page
-- read each (measured: 41 ms for 547 matches at 100,000 stories; scripts/search-bench.ts).
CREATE TABLE article_search (
  article_id integer PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  edition enum_articles_edition NOT NULL,
  status enum_articles_status NOT NULL,
  published_at timestamp(3) with time zone,
  title tsvector NOT NULL,
  head tsvector NOT NULL,
  words tsvector NOT NULL,
  stems tsvector NOT NULL
) WITH (toast_tuple_target = 128);

-- Every write of a story, whoever makes it, keeps its search row: the terms are read again only
-- when the text changed; edition, status and date follow at once.
CREATE FUNCTION alwafd_search_index_article() RETURNS trigger
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
          alwafd_search_vector(all_words), alwafd_search_vector(alwafd_search_stems(all_words)))
  ON CONFLICT (article_id) DO UPDATE SET edition = EXCLUDED.edition, status = EXCLUDED.status, published_at = EXCLUDED.published_at,
    title = EXCLUDED.title, head = EXCLUDED.head, words = EXCLUDED.words, stems = EXCLUDED.stems;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER articles_search_index AFTER INSERT OR UPDATE ON articles
  FOR EACH ROW EXECUTE FUNCTION alwafd_search_index_article();

CREATE INDEX article_search_title_idx ON article_search USING gin (title) WHERE status = 'published';
CREATE INDEX article_search_head_idx ON article_search USING gin (head) WHERE status = 'published';
CREATE INDEX article_search_words_idx ON article_search USING gin (words) WHERE status = 'published';
CREATE INDEX article_search_stems_idx ON article_search USING gin (stems) WHERE status = 'published';
-- A common word is answered by walking an edition's newest stories instead.
CREATE INDEX article_search_newest_idx ON article_search (edition, published_at DESC, article_id DESC) WHERE status = 'published';

`

/** Exported for 20261129_140000_search_periods' down, which puts it back. */
export const NEWEST_BY_CAP = String.raw`
-- The newest wanted live stories of an edition whose term set (title, head, words or stems)
-- matches query, newest first — at a cost bounded whatever the words, chosen by what the index
-- finds rather than by the planner's estimates. The planner cannot know that matching a story
-- costs a TOAST read (its term set lives out of line), and walked the newest stories for words
-- too rare to be met soon (measured: 200–300 ms for two mid-frequency words at 100,000 stories).
-- So: first, through the GIN index alone, at most cap matches in no order; fewer than cap
-- means all of them are there, and the newest are sorted out of them. Otherwise the words are
-- common — at least one story in N/cap matches — and walking the edition's newest stories meets
-- wanted matches within about wanted × N / cap stories. A match met walking costs about ten
-- times a match read through the index (a TOAST read against a heap row of the narrow table), so
-- cap = √(10 × N × wanted) makes the two worst cases equal: about 4,600 either way for a first
-- page at 100,000 stories, 14,500 at 1,000,000 — the cost grows with the square root of the archive.
CREATE FUNCTION alwafd_search_newest(term_set text, query tsquery, edition enum_articles_edition, wanted integer)
RETURNS SETOF integer
LANGUAGE plpgsql AS $fn$
DECLARE
  stories constant real := (SELECT greatest(reltuples, 0) FROM pg_class WHERE oid = 'article_search'::regclass);
  cap constant integer := greatest(1000, ceil(sqrt(10 * stories * wanted)))::integer;
  found integer;
  newest integer[];
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
  PERFORM set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true), set_config('enable_bitmapscan', 'on', true);
  EXECUTE format($q$SELECT count(*)::integer, (array_agg(article_id ORDER BY published_at DESC, article_id DESC))[1:$4]
                    FROM (SELECT article_id, published_at FROM article_search
                          WHERE %I @@ $1 AND status = 'published' AND edition = $2 AND published_at <= now() LIMIT $3) AS capped$q$, term_set)
    INTO found, newest USING query, edition, cap, wanted;
  IF found < cap THEN
    RETURN QUERY SELECT unnest(coalesce(newest, '{}'::integer[]));
  ELSE
    PERFORM set_config('enable_indexscan', 'on', true), set_config('enable_bitmapscan', 'off', true);
    RETURN QUERY EXECUTE format($q$SELECT article_id FROM article_search
                                   WHERE %I @@ $1 AND status = 'published' AND edition = $2 AND published_at <= now()
                                   ORDER BY published_at DESC, article_id DESC LIMIT $3$q$, term_set)
      USING query, edition, wanted;
  END IF;
  -- Back as they were: the rest of the caller's transaction plans as usual.
  PERFORM set_config('enable_seqscan', seqscan, true), set_config('enable_indexscan', indexscan, true), set_config('enable_bitmapscan', bitmapscan, true);
END
$fn$;
`

const LEXICON = String.raw`
-- No unique constraint, on purpose: a unique index makes a writer wait for any other transaction
-- adding the same new word, and two bulk imports adding words in different orders deadlocked
-- (scripts/search-bench.ts with two connections did). Here nobody waits; a word two writers add at
-- the same moment is listed twice, which costs a row and changes no answer.
CREATE TABLE search_lexicon (word text NOT NULL);
CREATE INDEX search_lexicon_word_idx ON search_lexicon (word);
CREATE INDEX search_lexicon_trgm_idx ON search_lexicon USING gin (word gin_trgm_ops);

-- The words of stories as they are published.
CREATE FUNCTION alwafd_search_learn_inserted() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO search_lexicon (word)
  SELECT DISTINCT w FROM fresh, unnest(tsvector_to_array(fresh.words)) AS w
  WHERE fresh.status = 'published' AND length(w) >= 3 AND NOT EXISTS (SELECT 1 FROM search_lexicon l WHERE l.word = w);
  RETURN NULL;
END
$fn$;

CREATE FUNCTION alwafd_search_learn_updated() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO search_lexicon (word)
  SELECT DISTINCT w FROM fresh JOIN stale ON stale.article_id = fresh.article_id, unnest(tsvector_to_array(fresh.words)) AS w
  WHERE fresh.status = 'published' AND length(w) >= 3
    AND (stale.status IS DISTINCT FROM 'published' OR stale.words IS DISTINCT FROM fresh.words)
    AND NOT EXISTS (SELECT 1 FROM search_lexicon l WHERE l.word = w);
  RETURN NULL;
END
$fn$;

CREATE TRIGGER article_search_lexicon_insert AFTER INSERT ON article_search
  REFERENCING NEW TABLE AS fresh FOR EACH STATEMENT EXECUTE FUNCTION alwafd_search_learn_inserted();
CREATE TRIGGER article_search_lexicon_update AFTER UPDATE ON article_search
  REFERENCING OLD TABLE AS stale NEW TABLE AS fresh FOR EACH STATEMENT EXECUTE FUNCTION alwafd_search_learn_updated();
`

const BACKFILL = String.raw`
-- The stories already there: the trigger indexes each as it is touched.
UPDATE articles SET title = title;
`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(FUNCTIONS))
  await db.execute(sql.raw(INDEX))
  await db.execute(sql.raw(NEWEST_BY_CAP))
  await db.execute(sql.raw(LEXICON))
  // Last, so the lexicon's triggers learn the words of the stories already there.
  await db.execute(sql.raw(BACKFILL))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // pg_trgm stays: other objects of the database may use it by then.
  await db.execute(sql`
  DROP TRIGGER IF EXISTS articles_search_index ON articles;
  DROP TABLE IF EXISTS search_lexicon;
  DROP TABLE IF EXISTS article_search;
  DROP FUNCTION IF EXISTS alwafd_search_newest(text, tsquery, enum_articles_edition, integer),
    alwafd_search_learn_updated(), alwafd_search_learn_inserted(), alwafd_search_index_article(),
    alwafd_search_query(text), alwafd_search_vector(text), alwafd_search_body(jsonb), alwafd_search_stems(text),
    alwafd_search_words(text), alwafd_search_fold(text);`)
}
