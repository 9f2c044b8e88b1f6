import { createHash } from 'node:crypto';
import { cairoIso } from '@/lib/cairo-time';
import { query } from '@/lib/db/pool';
import type { Locale } from '@/lib/locales';
import { site } from '@/lib/site';
import { MAX_SEARCH_PAGE } from '@/lib/search/query';
import { closestCandidates, MIN_RESPELLED_LENGTH, RESPELL_CANDIDATES, respelling, USES_COUNTED } from '@/lib/search/respell';
import { focusOf } from '@/lib/media/focus';
import { readingStats } from './body';
import { lexicalToBlocks, linkedStoryIds } from './lexical';
import { anchorFor, keyBound, MARK_SPACING, type Mark, marksOf, pageOffset } from './marks';
import { liveAs, readerStateAs, type ReaderState } from './reader-state';
import { type ContentSource, INDEX_BLOCK_IDS, RELATED_POOL, type RelatedTo } from './source';
import type {
  Article,
  ArticleImage,
  ArticleIndexEntry,
  ArticleStatus,
  ArticleTeaser,
  BreakingItem,
  Byline,
  Correction,
  HijriOffset,
  MastheadTerm,
  Page,
  SearchResults,
  Section,
  TagSummary,
  Writer,
  WriterPhoto,
  WriterRef,
} from './types';
import { modifiedAt } from './types';

/**
 * The content source of the site: plain SQL over the tables the CMS (Payload, cms/) owns and
 * migrates, reshaped into the domain types. Reader pages never load the CMS itself. Every listing
 * reads published, due stories of one edition newest first, walking the partial indexes of
 * cms/indexes.ts; __tests__/integration/query-plans.test.ts checks each plan uses its index.
 */

/** A story readers may see (lib/content/reader-state): published, and its publication time has come. */
const LIVE = liveAs('a');

/**
 * Newest first, in the order of cms/indexes.ts' partial indexes (which say NULLS LAST): a plain
 * `DESC` means NULLS FIRST, which those indexes cannot give, and the planner sorted instead.
 */
const NEWEST = `a.published_at DESC NULLS LAST, a.id DESC NULLS LAST`;

const TEASER_COLUMNS = `
  a.id, a.edition, a.title, a.summary, a.published_at, a.revised_at,
  s.slug AS section_slug, s.name_ar AS section_name_ar, s.name_en AS section_name_en,
  m.url AS image_url, m.alt AS image_alt, m.caption AS image_caption, m.width AS image_width,
  m.height AS image_height, m.filesize AS image_bytes, m.mime_type AS image_type, m.focal_x AS image_focal_x, m.focal_y AS image_focal_y,
  w.slug AS writer_slug, w.name_ar AS writer_name_ar, w.name_en AS writer_name_en,
  w.column_ar AS writer_column_ar, w.column_en AS writer_column_en,
  CASE WHEN a.byline_type = 'person' THEN a.desk END AS reporter`;

const TEASER_FROM = `articles a JOIN sections s ON s.id = a.section_id LEFT JOIN media m ON m.id = a.image_id
  LEFT JOIN writers w ON w.id = a.writer_id`;

interface TeaserRow {
  id: number;
  edition: Locale;
  /** Null only in a draft (draft()): published stories have all three. */
  title: string | null;
  summary: string | null;
  published_at: Date;
  revised_at: Date | null;
  section_slug: string | null;
  section_name_ar: string | null;
  section_name_en: string | null;
  image_url: string | null;
  image_alt: string | null;
  image_caption: string | null;
  image_width: string | number | null;
  image_height: string | number | null;
  image_bytes: string | number | null;
  image_type: string | null;
  /** The picture's focal point in percent (numeric: text from the driver), Payload's 50/50 until an editor moves it. */
  image_focal_x: string | number | null;
  image_focal_y: string | number | null;
  writer_slug: string | null;
  writer_name_ar: string | null;
  writer_name_en: string | null;
  writer_column_ar: string | null;
  writer_column_en: string | null;
  /** The byline, when it names a person (cms/migrations/20261204_062756_byline_type.ts). */
  reporter: string | null;
}

interface PhotoColumns {
  photo_url: string | null;
  photo_alt: string | null;
  photo_alt_ar: string | null;
  photo_alt_en: string | null;
  photo_width: string | number | null;
  photo_height: string | number | null;
  photo_focal_x: string | number | null;
  photo_focal_y: string | number | null;
}

interface CorrectionColumns {
  correction_note: string | null;
  correction_at: Date | null;
  /** The row's last save. */
  updated_at: Date;
}

interface ArticleRow extends TeaserRow, PhotoColumns, CorrectionColumns {
  body: unknown;
  /** Who signs a story no writer signs (the `desk` column): a desk's name, or the person's of `reporter`. */
  byline: string | null;
  sample: boolean | null;
  translation_id: number | null;
  translation_of: number | null;
  tags: string[] | null;
}

interface WriterRow extends PhotoColumns {
  slug: string;
  name_ar: string;
  name_en: string;
  column_ar: string | null;
  column_en: string | null;
  bio_ar: string | null;
  bio_en: string | null;
}

/** The writer's portrait, joined as `wp` (the story's own picture is `m`), with the writer's alt text per edition. */
const PHOTO_COLUMNS = `wp.url AS photo_url, wp.alt AS photo_alt, w.photo_alt_ar, w.photo_alt_en, wp.width AS photo_width, wp.height AS photo_height, wp.focal_x AS photo_focal_x, wp.focal_y AS photo_focal_y`;

function image(row: TeaserRow): ArticleImage | undefined {
  if (!row.image_url) return undefined;
  const focus = focusOf(row.image_focal_x, row.image_focal_y);
  return {
    src: row.image_url,
    alt: row.image_alt ?? '',
    caption: row.image_caption ?? '',
    width: Number(row.image_width ?? 0),
    height: Number(row.image_height ?? 0),
    ...(row.image_bytes != null && { bytes: Number(row.image_bytes) }),
    ...(row.image_type && { type: row.image_type }),
    ...(focus && { focus }),
  };
}

/** The portrait in an edition: the writer's alt text in that language, else the picture's own. */
function photo(row: PhotoColumns, edition: Locale): WriterPhoto | undefined {
  if (!row.photo_url) return undefined;
  const alt = (edition === 'ar' ? row.photo_alt_ar : row.photo_alt_en) || row.photo_alt || '';
  const focus = focusOf(row.photo_focal_x, row.photo_focal_y);
  return { src: row.photo_url, alt, width: Number(row.photo_width ?? 0), height: Number(row.photo_height ?? 0), ...(focus && { focus }) };
}

/** The columnist in the story's edition; an empty column name (the CMS stores '') is no column. */
function writerRef(row: TeaserRow): WriterRef | undefined {
  if (!row.writer_slug) return undefined;
  const name = (row.edition === 'ar' ? row.writer_name_ar : row.writer_name_en) ?? row.writer_slug;
  const column = row.edition === 'ar' ? row.writer_column_ar : row.writer_column_en;
  return { slug: row.writer_slug, name, ...(column && { column }) };
}

function teaser(row: TeaserRow): ArticleTeaser {
  const publishedAt = cairoIso(row.published_at);
  const picture = image(row);
  const writer = writerRef(row);
  return {
    id: row.id,
    locale: row.edition,
    // A draft may lack any of these yet (Payload requires them on publication only): empty, for the preview.
    title: row.title ?? '',
    summary: row.summary ?? '',
    section: { slug: row.section_slug ?? '', name: (row.edition === 'ar' ? row.section_name_ar : row.section_name_en) ?? '' },
    publishedAt,
    updatedAt: row.revised_at && row.revised_at > row.published_at ? cairoIso(row.revised_at) : publishedAt,
    ...(picture && { image: picture }),
    ...(writer && { writer }),
    ...(!writer && row.reporter && { reporter: row.reporter }),
  };
}

/** The correction readers see: a note, dated (one saved without a date is dated by the row's last save). */
function correction(row: CorrectionColumns): Correction | undefined {
  return row.correction_note ? { text: row.correction_note, at: cairoIso(row.correction_at ?? row.updated_at) } : undefined;
}

/** The editions of the stories a body links to (lib/content/lexical): links lead straight to each story's URL. */
async function linkedEditions(body: unknown): Promise<ReadonlyMap<number, Locale> | undefined> {
  const ids = linkedStoryIds(body);
  if (!ids.length) return undefined;
  const rows = await query<{ id: number; edition: Locale }>(`SELECT id, edition FROM articles WHERE id = ANY($1::int[])`, [ids]);
  return new Map(rows.map((row) => [row.id, row.edition]));
}

/**
 * Who signs the story: its writer, or its reporter; else the desk the editor named, or the paper's
 * portal. A person with no name (a draft's state; publishing refuses it) is the portal's too.
 */
function signedBy(row: ArticleRow, { writer, reporter }: ArticleTeaser): Byline {
  if (writer) return { name: writer.name, kind: 'person' };
  if (reporter) return { name: reporter, kind: 'person' };
  return { name: row.byline || site.desk[row.edition], kind: 'desk' };
}

function article(row: ArticleRow, editions?: ReadonlyMap<number, Locale>): Article {
  const body = lexicalToBlocks(row.body, row.edition, editions);
  const base = teaser(row);
  const portrait = photo(row, row.edition);
  const corrected = correction(row);
  return {
    ...base,
    ...(base.writer && { writer: { ...base.writer, ...(portrait && { photo: portrait }) } }),
    tags: row.tags ?? [],
    byline: signedBy(row, base),
    body,
    ...readingStats(body, row.edition),
    ...(row.translation_id != null && { translationId: row.translation_id }),
    ...(row.translation_of != null && { translationOf: row.translation_of }),
    // Any save changes it, so a social card made before an edit is never served after it — and so
    // does what the card draws from other records: the picture (a file replaced, its focal point
    // moved: lib/media/focus) and the section's name.
    revision: createHash('sha256')
      .update(JSON.stringify([row.id, row.updated_at.toISOString(), base.image?.src, base.image?.focus, base.section.name]))
      .digest('hex')
      .slice(0, 12),
    sample: Boolean(row.sample),
    ...(corrected && { correction: corrected }),
  };
}

/** Every MARK_SPACING-th key of a listing (`keys` selects at, id in its order): one index-only walk. */
async function readMarks(keys: string, nulls: 'NULLS FIRST' | 'NULLS LAST', values: unknown[]): Promise<Mark[]> {
  const rows = await query<Mark>(
    `SELECT at, id FROM (SELECT k.at, k.id, row_number() OVER (ORDER BY k.at DESC ${nulls}, k.id DESC ${nulls}) AS n FROM (${keys}) k) t
     WHERE n % ${MARK_SPACING} = 0 ORDER BY n`,
    values,
  );
  return rows.map((row) => ({ at: row.at, id: row.id }));
}

async function page(rows: Promise<TeaserRow[]>, pageNumber: number, pageSize: number): Promise<Page<ArticleTeaser>> {
  const list = await rows;
  return { items: list.slice(0, pageSize).map(teaser), page: pageNumber, hasNext: list.length > pageSize };
}

/**
 * One page of search results for whole-word terms. Each term set of article_search (cms/migrations/
 * 20261129_120000_search.ts) gives its newest `offset + page + 1` live matches, read period by period
 * from the newest (alwafd_search_newest, 20261129_140000_search_periods.ts, 20261201_130000_search_windows_first.ts), and
 * the union is ranked: headline (1), summary (2),
 * body as typed (3), stems only (4), newest first within each. That many from each set is enough:
 * a story on this page of tier t has fewer newer matches in set t than that, all ranked before it.
 * Each set is asked only when the sets before it found fewer than that many stories together: the
 * page then holds nothing of a later tier. So a query the headlines answer reads the headlines'
 * index alone — the smallest; at a million stories nearly every one-word query and about half the
 * two-word ones (a larger archive has more headlines to answer with). A page of a rarer query asks
 * the summaries, then the bodies, then the stems.
 *
 * A story's tier is the first set that returned it. For a story that can be on the page that is its
 * true tier (it is among its own set's newest, and matches no set before it); any other can only be
 * ranked later than it should, behind the page. So no story's term sets are read again to rank it —
 * they are the largest values in the database, stored out of line.
 *
 * Parameters: $1 edition, $2 the query's words, $3 page size + 1, $4 matches wanted from each set,
 * $5 offset, $6 the query's words with the hamza's seat left out, for the stems
 * (cms/migrations/20261130_170000_search_hamza_seats.ts).
 */
export const SEARCH_RANKED = `
  WITH titled AS MATERIALIZED (
    SELECT found.id, 1 AS tier FROM alwafd_search_newest('title', alwafd_search_query($2), $1, $4) AS found(id)
  ), summed AS MATERIALIZED (
    SELECT id, tier FROM titled
    UNION ALL SELECT found.id, 2 FROM alwafd_search_newest('head', alwafd_search_query($2), $1, $4) AS found(id)
          WHERE (SELECT count(*) FROM titled) < $4
  ), typed AS MATERIALIZED (
    SELECT id, tier FROM summed
    UNION ALL SELECT found.id, 3 FROM alwafd_search_newest('words', alwafd_search_query($2), $1, $4) AS found(id)
          WHERE (SELECT count(DISTINCT id) FROM summed) < $4
  ), hits AS (
    SELECT id, min(tier) AS tier FROM (
      SELECT id, tier FROM typed
      UNION ALL SELECT found.id, 4 FROM alwafd_search_newest('stems', alwafd_search_query(alwafd_search_stems($6)), $1, $4) AS found(id)
            WHERE (SELECT count(DISTINCT id) FROM typed) < $4
    ) AS found GROUP BY id
  )
  SELECT ${TEASER_COLUMNS} FROM hits JOIN ${TEASER_FROM} ON a.id = hits.id
  WHERE ${LIVE}
  ORDER BY hits.tier, a.published_at DESC, a.id DESC
  LIMIT $3 OFFSET $5`;

/** `seatless`: the query's words with the hamza's seat left out (its stems match «مسئولية» and «مسؤولية» alike). */
function searchPage(locale: Locale, words: readonly string[], pageNumber: number, pageSize: number, seatless: readonly string[] = words): Promise<Page<ArticleTeaser>> {
  const offset = (pageNumber - 1) * pageSize;
  const rows = query<TeaserRow>(SEARCH_RANKED, [locale, words.join(' '), pageSize + 1, offset + pageSize + 1, offset, seatless.join(' ')]);
  return page(rows, pageNumber, pageSize).then((found) => ({ ...found, hasNext: found.hasNext && pageNumber < MAX_SEARCH_PAGE }));
}

/** When a story last changed, in SQL over `a`: its publication or its latest revision (as teaser() reads it). */
const STORY_UPDATED = `GREATEST(a.published_at, COALESCE(a.revised_at, a.published_at))`;

/**
 * When each section's or writer's first page last changed — the newest change among the `shown`
 * stories it lists — by slug, for those with live stories in the edition: one walk of the listing's
 * index per section or writer, `shown` stories deep, whatever the archive holds.
 */
async function firstPagesUpdated(listings: 'sections' | 'writers', key: 'section_id' | 'writer_id', locale: Locale, shown: number): Promise<Record<string, string>> {
  const rows = await query<{ slug: string; updated: Date | null }>(
    `SELECT l.slug, u.updated FROM ${listings} l CROSS JOIN LATERAL (
       SELECT max(${STORY_UPDATED}) AS updated
       FROM (SELECT a.published_at, a.revised_at FROM articles a
             WHERE a.${key} = l.id AND a.edition = $1 AND ${LIVE} ORDER BY ${NEWEST} LIMIT $2) a) u`,
    [locale, shown],
  );
  return Object.fromEntries(rows.flatMap((row) => (row.updated ? [[row.slug, cairoIso(row.updated)]] : [])));
}

/**
 * A query that found nothing, with each word no published story ever contained replaced by the
 * closest one that some did (lib/search/respell: pg_trgm over search_lexicon gives the candidates,
 * most alike first, ties in code-point order; of equally close ones, the one more of the edition's
 * live stories use); undefined when nothing changes.
 */
async function respell(words: readonly string[], locale: Locale): Promise<string[] | undefined> {
  const rows = await query<{ n: string; candidate: string | null }>(
    `SELECT t.n, c.word AS candidate
     FROM unnest($1::text[]) WITH ORDINALITY AS t(word, n)
     LEFT JOIN LATERAL (
       SELECT l.word, similarity(l.word, t.word) AS score FROM search_lexicon l
       WHERE length(t.word) >= $2 AND NOT EXISTS (SELECT 1 FROM search_lexicon k WHERE k.word = t.word) AND l.word % t.word
       -- The lexicon may list a word twice (no unique index, on purpose): each candidate once, as in memory.
       GROUP BY l.word ORDER BY score DESC, l.word COLLATE "C" LIMIT $3) c ON true
     ORDER BY t.n, c.score DESC, c.word COLLATE "C"`,
    [words, MIN_RESPELLED_LENGTH, RESPELL_CANDIDATES],
  );
  const ties = words.map((word, i) => closestCandidates(word, rows.filter((row) => Number(row.n) === i + 1 && row.candidate !== null).map((row) => row.candidate!)));
  // Only equally close candidates are weighed by use: counted once, for those alone.
  const tied = [...new Set(ties.filter((list) => list.length > 1).flat())];
  const uses = new Map<string, number>();
  if (tied.length) {
    const counted = await query<{ word: string; uses: number }>(
      `SELECT c.word, (SELECT count(*)::int FROM (
         SELECT 1 FROM article_search s
         WHERE (s.words || alwafd_search_periods(s.edition, s.published_at)) @@ quote_literal(c.word)::tsquery
           AND s.status = 'published' AND s.edition = $2 AND s.published_at <= now()
         LIMIT $3) used) AS uses
       FROM unnest($1::text[]) AS c(word)`,
      [tied, locale, USES_COUNTED],
    );
    for (const { word, uses: n } of counted) uses.set(word, n);
  }
  const corrected = words.map((word, i) => respelling(word, ties[i]!, (candidate) => uses.get(candidate) ?? 0) ?? word);
  if (corrected.every((word, i) => word === words[i])) return undefined;
  return [...new Set(corrected)];
}

/**
 * A page of an edition's live stories matching `match` (an SQL condition on `a`, its key as $2):
 * newest first, from the nearest mark (lib/content/marks.ts), so page 5,000 costs what page 1 does.
 * Sections and writers page alike; tags walk article_tag_index instead.
 */
async function articlesPage(kind: string, match: string, locale: Locale, key: string, pageNumber: number, pageSize: number): Promise<Page<ArticleTeaser>> {
  const where = `${match} AND a.edition = $1 AND ${LIVE}`;
  const offset = pageOffset(pageNumber, pageSize);
  const anchor = offset < MARK_SPACING ? { offset } : anchorFor(offset, await marksOf(`${kind}:${locale}:${key}`, () =>
    readMarks(`SELECT a.published_at AS at, a.id FROM articles a WHERE ${where} ORDER BY ${NEWEST}`, 'NULLS LAST', [locale, key]),
  ));
  return page(
    query<TeaserRow>(
      `SELECT ${TEASER_COLUMNS} FROM ${TEASER_FROM}
       WHERE ${where} AND (a.published_at, a.id) < ($5::timestamptz, $6::int)
       ORDER BY ${NEWEST} LIMIT $3 OFFSET $4`,
      [locale, key, pageSize + 1, anchor.offset, ...keyBound(anchor)],
    ),
    pageNumber,
    pageSize,
  );
}

export class PostgresSource implements ContentSource {
  /** The latest saved version (Payload keeps drafts of a published story in its versions table). */
  async draft(id: number): Promise<Article | undefined> {
    const [row] = await query<ArticleRow>(
      `SELECT v.parent_id AS id, v.version_edition AS edition, v.version_title AS title, v.version_summary AS summary,
              COALESCE(v.version_published_at, v.updated_at) AS published_at, v.version_revised_at AS revised_at,
              s.slug AS section_slug, s.name_ar AS section_name_ar, s.name_en AS section_name_en,
              m.url AS image_url, m.alt AS image_alt, m.caption AS image_caption, m.width AS image_width,
              m.height AS image_height, m.filesize AS image_bytes, m.mime_type AS image_type, m.focal_x AS image_focal_x, m.focal_y AS image_focal_y,
              v.version_body AS body, v.version_desk AS byline,
              CASE WHEN v.version_byline_type = 'person' THEN v.version_desk END AS reporter, v.version_sample AS sample,
              v.version_correction_note AS correction_note, v.version_correction_at AS correction_at, v.updated_at,
              v.version_translation_of_id AS translation_id, v.version_translation_of_id AS translation_of,
              w.slug AS writer_slug, w.name_ar AS writer_name_ar, w.name_en AS writer_name_en,
              w.column_ar AS writer_column_ar, w.column_en AS writer_column_en, ${PHOTO_COLUMNS},
              ARRAY(SELECT tg.name FROM _articles_v_rels r JOIN tags tg ON tg.id = r.tags_id
                    WHERE r.parent_id = v.id AND r.path = 'version.tags' ORDER BY r."order") AS tags
       FROM _articles_v v LEFT JOIN sections s ON s.id = v.version_section_id
       LEFT JOIN media m ON m.id = v.version_image_id LEFT JOIN writers w ON w.id = v.version_writer_id
       LEFT JOIN media wp ON wp.id = w.photo_id
       WHERE v.parent_id = $1 ORDER BY v.latest DESC, v.updated_at DESC LIMIT 1`,
      [id],
    );
    if (row) return article(row, await linkedEditions(row.body));
    // A story written straight into the table (the archive generator, a bulk fix) has no saved
    // version until an editor saves it: its row is its latest state, as Payload's admin also reads it.
    const [own] = await query<ArticleRow>(
      `SELECT ${TEASER_COLUMNS}, a.body, a.desk AS byline, a.sample, a.correction_note, a.correction_at, a.updated_at,
              a.translation_of_id AS translation_id, a.translation_of_id AS translation_of, ${PHOTO_COLUMNS},
              ARRAY(SELECT tg.name FROM articles_rels r JOIN tags tg ON tg.id = r.tags_id
                    WHERE r.parent_id = a.id AND r.path = 'tags' ORDER BY r."order") AS tags
       FROM ${TEASER_FROM} LEFT JOIN media wp ON wp.id = w.photo_id
       WHERE a.id = $1 AND NOT EXISTS (SELECT 1 FROM _articles_v v WHERE v.parent_id = a.id)`,
      [id],
    );
    return own ? article(own, await linkedEditions(own.body)) : undefined;
  }

  async article(id: number): Promise<Article | undefined> {
    const [row] = await query<ArticleRow>(
      `SELECT ${TEASER_COLUMNS}, a.body, a.desk AS byline, a.sample, a.correction_note, a.correction_at, a.updated_at,
              COALESCE((SELECT o.id FROM articles o WHERE o.id = a.translation_of_id AND ${liveAs('o')}),
                       (SELECT t.id FROM articles t WHERE t.translation_of_id = a.id AND ${liveAs('t')} LIMIT 1)) AS translation_id,
              a.translation_of_id AS translation_of, ${PHOTO_COLUMNS},
              ARRAY(SELECT tg.name FROM articles_rels r JOIN tags tg ON tg.id = r.tags_id
                    WHERE r.parent_id = a.id AND r.path = 'tags' ORDER BY r."order") AS tags
       FROM ${TEASER_FROM} LEFT JOIN media wp ON wp.id = w.photo_id
       WHERE a.id = $1 AND ${LIVE}`,
      [id],
    );
    return row ? article(row, await linkedEditions(row.body)) : undefined;
  }

  async articleStatus(id: number): Promise<ArticleStatus> {
    const [row] = await query<{ state: ReaderState; edition: Locale }>(`SELECT ${readerStateAs('a')} AS state, a.edition FROM articles a WHERE a.id = $1`, [id]);
    // Taken down after readers saw it (410); a draft, or a story scheduled for later, was never there (404).
    if (row?.state === 'live') return { state: 'published', edition: row.edition };
    return { state: row?.state === 'withdrawn' ? 'withdrawn' : 'missing' };
  }

  async latest(locale: Locale, limit: number, exclude: readonly number[] = []): Promise<ArticleTeaser[]> {
    const rows = await query<TeaserRow>(
      `SELECT ${TEASER_COLUMNS} FROM ${TEASER_FROM}
       WHERE a.edition = $1 AND ${LIVE} AND NOT (a.id = ANY($3::int[]))
       ORDER BY ${NEWEST} LIMIT $2`,
      [locale, limit, exclude],
    );
    return rows.map(teaser);
  }

  /** Section pages: from the nearest mark (lib/content/marks.ts), so page 5,000 costs what page 1 does. */
  sectionPage(locale: Locale, section: string, pageNumber: number, pageSize: number): Promise<Page<ArticleTeaser>> {
    return articlesPage('section', `a.section_id = (SELECT id FROM sections WHERE slug = $2)`, locale, section, pageNumber, pageSize);
  }

  /** The tag's keys come from article_tag_index (cms/migrations): one index walk, newest first, from the nearest mark. */
  async tagPage(locale: Locale, tag: string, pageNumber: number, pageSize: number): Promise<Page<ArticleTeaser>> {
    // The edition twice: tags and articles each have an enum type of their own.
    const where = `x.tag_id = (SELECT id FROM tags WHERE edition = $2 AND name = $3) AND x.edition = $1 AND x.published_at <= now()`;
    const offset = pageOffset(pageNumber, pageSize);
    const anchor = offset < MARK_SPACING ? { offset } : anchorFor(offset, await marksOf(`tag:${locale}:${tag}`, () =>
      readMarks(`SELECT x.published_at AS at, x.article_id AS id FROM article_tag_index x WHERE ${where} ORDER BY x.published_at DESC, x.article_id DESC`, 'NULLS FIRST', [locale, locale, tag]),
    ));
    return page(
      query<TeaserRow>(
        `SELECT ${TEASER_COLUMNS}
         FROM (SELECT x.article_id FROM article_tag_index x
               WHERE ${where} AND (x.published_at, x.article_id) < ($6::timestamptz, $7::int)
               ORDER BY x.published_at DESC, x.article_id DESC LIMIT $4 OFFSET $5) k
         JOIN ${TEASER_FROM} ON a.id = k.article_id
         WHERE ${LIVE}
         ORDER BY ${NEWEST}`,
        [locale, locale, tag, pageSize + 1, anchor.offset, ...keyBound(anchor)],
      ),
      pageNumber,
      pageSize,
    );
  }

  /**
   * One probe of tags_edition_lower_name_idx (cms/indexes.ts), then one of each match's listing
   * keys for a live story: at most two rows are read, enough to tell one spelling from several.
   */
  async tagSpelling(locale: Locale, tag: string): Promise<string | undefined> {
    const rows = await query<{ name: string }>(
      `SELECT t.name FROM tags t
       WHERE t.edition = $1 AND lower(t.name) = lower($3)
         AND EXISTS (SELECT 1 FROM article_tag_index x WHERE x.tag_id = t.id AND x.edition = $2 AND x.published_at <= now())
       LIMIT 2`,
      // The edition twice: tags and articles each have an enum type of their own.
      [locale, locale, tag],
    );
    return rows.length === 1 ? rows[0]!.name : undefined;
  }

  /**
   * The database reads the query with the same function it read every story with
   * (alwafd_search_words, cms/migrations/20261129_120000_search.ts); then each of the four term sets
   * gives its newest matches and they are ranked together (see SEARCH_RANKED).
   */
  async search(locale: Locale, text: string, pageNumber: number, pageSize: number): Promise<SearchResults> {
    if (pageNumber > MAX_SEARCH_PAGE) return { items: [], page: pageNumber, hasNext: false };
    const [terms] = await query<{ words: string; seatless: string }>(
      `SELECT alwafd_search_words($1) AS words, alwafd_search_words(alwafd_search_seatless($1)) AS seatless`,
      [text],
    );
    const words = [...new Set(terms?.words.split(' ').filter(Boolean))];
    if (!words.length) return { items: [], page: pageNumber, hasNext: false };
    const seatless = [...new Set(terms!.seatless.split(' ').filter(Boolean))];
    const found = await searchPage(locale, words, pageNumber, pageSize, seatless);
    if (found.items.length || (pageNumber > 1 && (await searchPage(locale, words, 1, 1, seatless)).items.length)) return found;
    const respelled = await respell(words, locale);
    if (!respelled) return found;
    const again = await searchPage(locale, respelled, pageNumber, pageSize);
    return again.items.length ? { ...again, corrected: respelled.join(' ') } : found;
  }

  /**
   * Shared tags weigh most, the same section a little, recency breaks ties; topped up with the newest.
   * Candidates are the newest RELATED_POOL stories of each of the story's tags and of its section,
   * each read down an index: the cost does not grow with the archive (an old tag has thousands).
   * They are ranked on what those indexes hold (id, time) and only the best few are then read in
   * full — joining every candidate first tripled the query's time once the pools filled (20,000 stories).
   */
  async related(story: RelatedTo, limit: number): Promise<ArticleTeaser[]> {
    const rows = await query<TeaserRow>(
      `WITH mine AS (SELECT DISTINCT tags_id FROM articles_rels WHERE parent_id = $1 AND path = 'tags' AND tags_id IS NOT NULL),
            scored AS (
              SELECT n.article_id AS id, n.published_at, 2 AS score FROM mine CROSS JOIN LATERAL (
                SELECT x.article_id, x.published_at FROM article_tag_index x
                WHERE x.tag_id = mine.tags_id AND x.edition = $2 AND x.published_at <= now() AND x.article_id <> $1
                ORDER BY x.published_at DESC, x.article_id DESC LIMIT $4) n
              UNION ALL
              SELECT s.id, s.published_at, 1 FROM (SELECT a.id, a.published_at FROM articles a
                                   WHERE a.section_id = (SELECT section_id FROM articles WHERE id = $1) AND a.edition = $2 AND ${LIVE} AND a.id <> $1
                                   ORDER BY ${NEWEST} LIMIT $4) s
            ),
            -- A few more than asked: one withdrawn since it was indexed is dropped below.
            ranked AS (SELECT id, sum(score) AS score FROM scored GROUP BY id
                       ORDER BY sum(score) DESC, max(published_at) DESC, id DESC LIMIT $3 + 8)
       SELECT ${TEASER_COLUMNS} FROM ranked JOIN ${TEASER_FROM} ON a.id = ranked.id
       WHERE a.edition = $2 AND ${LIVE}
       ORDER BY ranked.score DESC, ${NEWEST} LIMIT $3`,
      [story.id, story.locale, limit, RELATED_POOL],
    );
    const picks = rows.map(teaser);
    if (picks.length < Math.min(3, limit)) {
      const more = await this.latest(story.locale, Math.min(3, limit) - picks.length, [story.id, ...picks.map((p) => p.id)]);
      picks.push(...more);
    }
    return picks;
  }

  async publishedBetween(since: Date, until: Date, limit: number): Promise<ArticleTeaser[]> {
    const rows = await query<TeaserRow>(
      `SELECT ${TEASER_COLUMNS} FROM ${TEASER_FROM}
       WHERE a._status = 'published' AND a.published_at > $1 AND a.published_at <= LEAST($2, now())
       ORDER BY ${NEWEST} LIMIT $3`,
      [since, until, limit],
    );
    return rows.map(teaser);
  }

  /** One block's range of ids — through the edition's id index or the primary key, either at most INDEX_BLOCK_IDS rows — each story's row read once. */
  async articleIndex(locale: Locale, block: number): Promise<ArticleIndexEntry[]> {
    type IndexRow = CorrectionColumns & { id: number; edition: Locale; published_at: Date; revised_at: Date | null; image_url: string | null; translation_id: number | null; translation_edition: Locale | null };
    const rows = await query<IndexRow>(
      `SELECT a.id, a.edition, a.published_at, a.revised_at, a.correction_note, a.correction_at, a.updated_at,
              m.url AS image_url, t.id AS translation_id, t.edition AS translation_edition
       FROM articles a LEFT JOIN media m ON m.id = a.image_id
       LEFT JOIN LATERAL (SELECT x.id, x.edition FROM articles x
                          WHERE (x.id = a.translation_of_id OR x.translation_of_id = a.id) AND ${liveAs('x')}
                          LIMIT 1) t ON true
       WHERE a.edition = $1 AND ${LIVE} AND a.id >= $2::bigint * $3 AND a.id < ($2::bigint + 1) * $3
       ORDER BY a.id`,
      [locale, block, INDEX_BLOCK_IDS],
    );
    return rows.map((row) => {
      const publishedAt = cairoIso(row.published_at);
      const updatedAt = row.revised_at && row.revised_at > row.published_at ? cairoIso(row.revised_at) : publishedAt;
      return {
        id: row.id,
        locale: row.edition,
        // A correction changes the story's page (not its teaser): its entry says so (modifiedAt).
        modifiedAt: modifiedAt({ updatedAt, correction: correction(row) }),
        ...(row.translation_id != null && { translation: { id: row.translation_id, locale: row.translation_edition! } }),
        ...(row.image_url && { image: row.image_url }),
      };
    });
  }

  /** One probe of the section index per section (a GROUP BY would read a whole archive). */
  async populatedSections(locale: Locale): Promise<string[]> {
    const rows = await query<{ slug: string }>(
      `SELECT s.slug FROM sections s
       WHERE EXISTS (SELECT 1 FROM articles a WHERE a.section_id = s.id AND a.edition = $1 AND ${LIVE})
       ORDER BY s."order", s.id`,
      [locale],
    );
    return rows.map((row) => row.slug);
  }

  /**
   * A skip scan of the edition's id index: from each block found, one probe for the first live id
   * past it — as many probes as there are blocks (200 at a million stories), never a walk of the
   * archive. PostgreSQL has no skip scan of its own; the recursive query is one. Each probe asks for
   * the first (edition, id) at or past (this edition, the next block), which only the edition's
   * index answers in that order: with `edition = $1` instead, the planner may walk the primary key
   * and filter by edition (cheap for the Arabic edition, a walk of the whole archive for an English
   * one whose ids all come late). A probe that lands in the next edition ends the scan. Bounds in
   * bigint: the last block's end is past int4 (ids go up to 2,147,483,647).
   */
  async articleIndexBlocks(locale: Locale): Promise<number[]> {
    const first = (after: string) =>
      // a.id / $2: indexBlockOf (lib/content/source.ts), in SQL.
      `SELECT CASE WHEN a.edition = $1 THEN a.id / $2::int END FROM articles a
       WHERE ${LIVE} AND (a.edition, a.id) >= ($1, ${after})
       ORDER BY a.edition, a.id LIMIT 1`;
    const rows = await query<{ block: number }>(
      `WITH RECURSIVE found(block) AS (
         (${first('0::bigint')})
         UNION ALL
         SELECT (${first('(found.block + 1)::bigint * $2')}) FROM found WHERE found.block IS NOT NULL
       )
       SELECT block FROM found WHERE block IS NOT NULL`,
      [locale, INDEX_BLOCK_IDS],
    );
    return rows.map((row) => row.block);
  }

  sectionsUpdated(locale: Locale, shown: number): Promise<Record<string, string>> {
    return firstPagesUpdated('sections', 'section_id', locale, shown);
  }

  async tags(locale: Locale, shown: number): Promise<TagSummary[]> {
    const rows = await query<{ name: string; updated: Date }>(
      `SELECT t.name, u.updated FROM tags t CROSS JOIN LATERAL (
         SELECT max(${STORY_UPDATED}) AS updated
         FROM (SELECT x.published_at, x.revised_at FROM article_tag_index x WHERE x.tag_id = t.id AND x.edition = $2 AND x.published_at <= now()
               ORDER BY x.published_at DESC, x.article_id DESC LIMIT $3) a) u
       -- Both times come with the listing's keys (its index INCLUDEs revised_at): no story is read.
       WHERE t.edition = $1 AND u.updated IS NOT NULL ORDER BY u.updated DESC, t.name COLLATE "C"`,
      // The edition twice: tags and articles each have an enum type of their own.
      [locale, locale, shown],
    );
    return rows.map((row) => ({ tag: row.name, updatedAt: cairoIso(row.updated) }));
  }

  async teasers(ids: readonly number[]): Promise<ArticleTeaser[]> {
    if (!ids.length) return [];
    const rows = await query<TeaserRow>(`SELECT ${TEASER_COLUMNS} FROM ${TEASER_FROM} WHERE a.id = ANY($1::int[]) AND ${LIVE}`, [ids]);
    const byId = new Map(rows.map((row) => [row.id, teaser(row)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** Sums the hourly counts of lib/reads (table article_reads, cms/migrations) over the window. */
  async mostRead(locale: Locale, since: Date, limit: number): Promise<number[]> {
    const rows = await query<{ id: number }>(
      `SELECT r.article_id AS id FROM article_reads r JOIN articles a ON a.id = r.article_id
       WHERE r.edition = $1 AND r.hour >= $2 AND ${LIVE}
       GROUP BY r.article_id, a.published_at
       ORDER BY sum(r.views) DESC, a.published_at DESC, r.article_id DESC LIMIT $3`,
      [locale, since, limit],
    );
    return rows.map((row) => row.id);
  }

  async writer(slug: string): Promise<Writer | undefined> {
    const [row] = await query<WriterRow>(
      `SELECT w.slug, w.name_ar, w.name_en, w.column_ar, w.column_en, w.bio_ar, w.bio_en, ${PHOTO_COLUMNS}
       FROM writers w LEFT JOIN media wp ON wp.id = w.photo_id WHERE w.slug = $1`,
      [slug],
    );
    if (!row) return undefined;
    const [ar, en] = [photo(row, 'ar'), photo(row, 'en')];
    // The CMS keeps an emptied field as '': no column, no bio.
    const both = (ar: string | null, en: string | null) => ({ ...(ar && { ar }), ...(en && { en }) });
    return {
      slug: row.slug,
      name: { ar: row.name_ar, en: row.name_en },
      column: both(row.column_ar, row.column_en),
      bio: both(row.bio_ar, row.bio_en),
      ...(ar && en && { photo: { ...ar, alt: { ar: ar.alt, en: en.alt } } }),
    };
  }

  /** A columnist's pieces, newest first, from the nearest mark like a section's. */
  writerPage(locale: Locale, slug: string, pageNumber: number, pageSize: number): Promise<Page<ArticleTeaser>> {
    return articlesPage('writer', `a.writer_id = (SELECT id FROM writers WHERE slug = $2)`, locale, slug, pageNumber, pageSize);
  }

  writersUpdated(locale: Locale, shown: number): Promise<Record<string, string>> {
    return firstPagesUpdated('writers', 'writer_id', locale, shown);
  }

  async sections(): Promise<Section[]> {
    const rows = await query<{ slug: string; name_ar: string; name_en: string; in_sentence_ar: string | null; in_sentence_en: string | null }>(
      `SELECT slug, name_ar, name_en, in_sentence_ar, in_sentence_en FROM sections ORDER BY "order", id`,
    );
    return rows.map((row) => {
      const inSentence = { ...(row.in_sentence_ar && { ar: row.in_sentence_ar }), ...(row.in_sentence_en && { en: row.in_sentence_en }) };
      return { slug: row.slug, name: { ar: row.name_ar, en: row.name_en }, ...(Object.keys(inSentence).length && { inSentence }) };
    });
  }

  /** Every term, the latest start first; the entries of each in the newsroom's order. */
  async mastheadTerms(): Promise<MastheadTerm[]> {
    const rows = await query<{ term: string; effective_from: Date | null; role_ar: string; role_en: string; name_ar: string; name_en: string }>(
      `SELECT t.id AS term, t.effective_from, e.role_ar, e.role_en, e.name_ar, e.name_en
       FROM masthead_terms t JOIN masthead_terms_entries e ON e._parent_id = t.id
       ORDER BY t.effective_from DESC NULLS LAST, t._order DESC, e._order`,
    );
    const terms = new Map<string, MastheadTerm>();
    for (const row of rows) {
      let term = terms.get(row.term);
      if (!term) {
        term = { ...(row.effective_from && { effectiveFrom: cairoIso(row.effective_from) }), entries: [] };
        terms.set(row.term, term);
      }
      term.entries.push({ role: { ar: row.role_ar, en: row.role_en }, name: { ar: row.name_ar, en: row.name_en } });
    }
    return [...terms.values()];
  }

  async breaking(locale: Locale, limit: number): Promise<BreakingItem[]> {
    const rows = await query<{ id: number; text: string; link: string | null; expires_at: Date }>(
      `SELECT id, text, link, expires_at FROM breaking
       WHERE edition = $1 AND expires_at > now() ORDER BY created_at DESC, id DESC LIMIT $2`,
      [locale, limit],
    );
    return rows.map((row) => ({ id: row.id, text: row.text, ...(row.link && { link: row.link }), expiresAt: cairoIso(row.expires_at) }));
  }

  async hijriOffsets(): Promise<HijriOffset[]> {
    const rows = await query<{ year: number; month: string; days: number }>(`SELECT year, month, days FROM hijri_offsets ORDER BY _order`);
    return rows.map((row) => ({ year: Number(row.year), month: Number(row.month), days: Number(row.days) }));
  }
}
