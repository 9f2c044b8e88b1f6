import { cairoIso } from '@/lib/cairo-time';
import { query } from '@/lib/db/pool';
import type { Locale } from '@/lib/locales';
import { MAX_SEARCH_PAGE } from '@/lib/search/query';
import { articlesPage, firstPagesUpdated, STORY_UPDATED, tagArticlesPage } from './postgres/listings';
import { article, type ArticleRow, correction, type CorrectionColumns, LIVE, linkedEditions, NEWEST, pendingAs, PHOTO_COLUMNS, photo, teaser, TEASER_COLUMNS, TEASER_FROM, type TeaserRow, type WriterRow } from './postgres/rows';
import { latinNamed, respell, searchPage } from './postgres/search';
import { liveAs, readerStateAs, type ReaderState } from './reader-state';
import { type ContentSource, INDEX_BLOCK_IDS, RELATED_POOL, type RelatedTo } from './source';
import type { Article, ArticleIndexEntry, ArticleStatus, ArticleTeaser, BreakingItem, HijriOffset, MastheadTerm, Page, SearchResults, Section, TagSummary, Writer } from './types';
import { modifiedAt } from './types';

/**
 * The content source of the site: plain SQL over the tables the CMS (Payload, cms/) owns and
 * migrates, reshaped into the domain types (lib/content/postgres/: the rows and their mapping, the
 * paged listings, search). Reader pages never load the CMS itself. Every listing reads published,
 * due stories of one edition newest first, walking the partial indexes of cms/indexes.ts;
 * __tests__/integration/query-plans.test.ts checks each plan uses its index.
 */

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
              ${pendingAs('v.version_published_at')},
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
              ${pendingAs('a.published_at')},
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

  /** A tag's stories, from the nearest mark like a section's (lib/content/postgres/listings). */
  tagPage(locale: Locale, tag: string, pageNumber: number, pageSize: number): Promise<Page<ArticleTeaser>> {
    return tagArticlesPage(locale, tag, pageNumber, pageSize);
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
    const named = await latinNamed(words);
    if (named) {
      const byName = await searchPage(locale, named.words, pageNumber, pageSize);
      if (byName.items.length) return { ...byName, corrected: named.words.join(' '), latinNames: named.names };
    }
    const respelled = await respell(words, locale);
    if (!respelled) return found;
    const again = await searchPage(locale, respelled, pageNumber, pageSize);
    return again.items.length ? { ...again, corrected: respelled.join(' ') } : found;
  }

  /**
   * Shared tags weigh most, the same section a little, recency breaks ties (lib/content tops a short
   * list up with the edition's newest).
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
    return rows.map(teaser);
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

  /**
   * One block's range of ids — through the edition's id index or the primary key, either at most INDEX_BLOCK_IDS rows — each story's row read once.
   * Its times come as milliseconds, not Dates: node-postgres makes each Date through the Date constructor Next's
   * server wraps, and a file's 17,000 of them took 8 ms of its first answer at a million stories.
   */
  async articleIndex(locale: Locale, block: number): Promise<ArticleIndexEntry[]> {
    type IndexRow = CorrectionColumns<number> & { id: number; edition: Locale; published_at: number; revised_at: number | null; image_url: string | null; translation_id: number | null; translation_edition: Locale | null };
    const ms = (column: string) => `(extract(epoch FROM a.${column}) * 1000)::float8 AS ${column}`;
    const rows = await query<IndexRow>(
      `SELECT a.id, a.edition, ${ms('published_at')}, ${ms('revised_at')}, a.correction_note, ${ms('correction_at')}, ${ms('updated_at')},
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
      const updatedAt = row.revised_at !== null && row.revised_at > row.published_at ? cairoIso(row.revised_at) : publishedAt;
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
