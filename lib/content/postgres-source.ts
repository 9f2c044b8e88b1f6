import { createHash } from 'node:crypto';
import { cairoIso } from '@/lib/cairo-time';
import { query } from '@/lib/db/pool';
import type { Locale } from '@/lib/locales';
import { readingStats } from './body';
import { lexicalToBlocks } from './lexical';
import { anchorFor, keyBound, MARK_SPACING, type Mark, marksOf, pageOffset } from './marks';
import { type ContentSource, RELATED_POOL } from './source';
import type {
  Article,
  ArticleImage,
  ArticleIndexEntry,
  ArticleStatus,
  ArticleTeaser,
  IndexCut,
  MastheadEntry,
  Page,
  Section,
  TagSummary,
} from './types';

/**
 * The content source of the site: plain SQL over the tables the CMS (Payload, cms/) owns and
 * migrates, reshaped into the domain types. Reader pages never load the CMS itself. Every listing
 * reads published, due stories of one edition newest first, walking the partial indexes of
 * cms/indexes.ts; __tests__/integration/query-plans.test.ts checks each plan uses its index.
 */

/** A story readers may see: published, and its publication time has come (a later one is scheduled). */
const LIVE = `a._status = 'published' AND a.published_at <= now()`;

/**
 * Newest first, in the order of cms/indexes.ts' partial indexes (which say NULLS LAST): a plain
 * `DESC` means NULLS FIRST, which those indexes cannot give, and the planner sorted instead.
 */
const NEWEST = `a.published_at DESC NULLS LAST, a.id DESC NULLS LAST`;

/** Oldest first: the same indexes walked backwards. */
const OLDEST = `a.published_at ASC NULLS FIRST, a.id ASC NULLS FIRST`;

const TEASER_COLUMNS = `
  a.id, a.edition, a.title, a.summary, a.published_at, a.revised_at,
  s.slug AS section_slug, s.name_ar AS section_name_ar, s.name_en AS section_name_en,
  m.url AS image_url, m.alt AS image_alt, m.caption AS image_caption, m.width AS image_width,
  m.height AS image_height, m.filesize AS image_bytes, m.mime_type AS image_type`;

const TEASER_FROM = `articles a JOIN sections s ON s.id = a.section_id LEFT JOIN media m ON m.id = a.image_id`;

interface TeaserRow {
  id: number;
  edition: Locale;
  title: string;
  summary: string;
  published_at: Date;
  revised_at: Date | null;
  section_slug: string;
  section_name_ar: string;
  section_name_en: string;
  image_url: string | null;
  image_alt: string | null;
  image_caption: string | null;
  image_width: string | number | null;
  image_height: string | number | null;
  image_bytes: string | number | null;
  image_type: string | null;
}

interface ArticleRow extends TeaserRow {
  body: unknown;
  desk: string | null;
  sample: boolean | null;
  correction_note: string | null;
  correction_at: Date | null;
  updated_at: Date;
  translation_id: number | null;
  writer_name_ar: string | null;
  writer_name_en: string | null;
  tags: string[] | null;
}

/** The desk that signs a story with no writer and no desk of its own. */
const DEFAULT_DESK: Record<Locale, string> = { ar: 'بوابة الوفد', en: 'Al-Wafd Portal' };

function image(row: TeaserRow): ArticleImage | undefined {
  if (!row.image_url) return undefined;
  return {
    src: row.image_url,
    alt: row.image_alt ?? '',
    caption: row.image_caption ?? '',
    width: Number(row.image_width ?? 0),
    height: Number(row.image_height ?? 0),
    ...(row.image_bytes != null && { bytes: Number(row.image_bytes) }),
    ...(row.image_type && { type: row.image_type }),
  };
}

function teaser(row: TeaserRow): ArticleTeaser {
  const publishedAt = cairoIso(row.published_at);
  const picture = image(row);
  return {
    id: row.id,
    locale: row.edition,
    title: row.title,
    summary: row.summary,
    section: { slug: row.section_slug, name: row.edition === 'ar' ? row.section_name_ar : row.section_name_en },
    publishedAt,
    updatedAt: row.revised_at && row.revised_at > row.published_at ? cairoIso(row.revised_at) : publishedAt,
    ...(picture && { image: picture }),
  };
}

function article(row: ArticleRow): Article {
  const body = lexicalToBlocks(row.body);
  const writer = row.edition === 'ar' ? row.writer_name_ar : row.writer_name_en;
  return {
    ...teaser(row),
    tags: row.tags ?? [],
    byline: writer ? { name: writer, kind: 'person' } : { name: row.desk || DEFAULT_DESK[row.edition], kind: 'desk' },
    body,
    ...readingStats(body),
    ...(row.translation_id != null && { translationId: row.translation_id }),
    // Any save changes it, so a social card made before an edit is never served after it.
    revision: createHash('sha256').update(`${row.id}:${row.updated_at.toISOString()}`).digest('hex').slice(0, 12),
    sample: Boolean(row.sample),
    ...(row.correction_note && { correction: { text: row.correction_note, at: cairoIso(row.correction_at ?? row.updated_at) } }),
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

export class PostgresSource implements ContentSource {
  /** The latest saved version (Payload keeps drafts of a published story in its versions table). */
  async draft(id: number): Promise<Article | undefined> {
    const [row] = await query<ArticleRow>(
      `SELECT v.parent_id AS id, v.version_edition AS edition, v.version_title AS title, v.version_summary AS summary,
              COALESCE(v.version_published_at, v.updated_at) AS published_at, v.version_revised_at AS revised_at,
              s.slug AS section_slug, s.name_ar AS section_name_ar, s.name_en AS section_name_en,
              m.url AS image_url, m.alt AS image_alt, m.caption AS image_caption, m.width AS image_width,
              m.height AS image_height, m.filesize AS image_bytes, m.mime_type AS image_type,
              v.version_body AS body, v.version_desk AS desk, v.version_sample AS sample,
              v.version_correction_note AS correction_note, v.version_correction_at AS correction_at, v.updated_at,
              v.version_translation_of_id AS translation_id, w.name_ar AS writer_name_ar, w.name_en AS writer_name_en,
              ARRAY(SELECT tg.name FROM _articles_v_rels r JOIN tags tg ON tg.id = r.tags_id
                    WHERE r.parent_id = v.id AND r.path = 'version.tags' ORDER BY r."order") AS tags
       FROM _articles_v v JOIN sections s ON s.id = v.version_section_id
       LEFT JOIN media m ON m.id = v.version_image_id LEFT JOIN writers w ON w.id = v.version_writer_id
       WHERE v.parent_id = $1 ORDER BY v.latest DESC, v.updated_at DESC LIMIT 1`,
      [id],
    );
    if (row) return article(row);
    // A story written straight into the table (the archive generator, a bulk fix) has no saved
    // version until an editor saves it: its row is its latest state, as Payload's admin also reads it.
    const [own] = await query<ArticleRow>(
      `SELECT a.id, a.edition, a.title, a.summary, COALESCE(a.published_at, a.updated_at) AS published_at, a.revised_at,
              s.slug AS section_slug, s.name_ar AS section_name_ar, s.name_en AS section_name_en,
              m.url AS image_url, m.alt AS image_alt, m.caption AS image_caption, m.width AS image_width,
              m.height AS image_height, m.filesize AS image_bytes, m.mime_type AS image_type,
              a.body, a.desk, a.sample, a.correction_note, a.correction_at, a.updated_at,
              a.translation_of_id AS translation_id, w.name_ar AS writer_name_ar, w.name_en AS writer_name_en,
              ARRAY(SELECT tg.name FROM articles_rels r JOIN tags tg ON tg.id = r.tags_id
                    WHERE r.parent_id = a.id AND r.path = 'tags' ORDER BY r."order") AS tags
       FROM ${TEASER_FROM} LEFT JOIN writers w ON w.id = a.writer_id
       WHERE a.id = $1 AND NOT EXISTS (SELECT 1 FROM _articles_v v WHERE v.parent_id = a.id)`,
      [id],
    );
    return own ? article(own) : undefined;
  }

  async article(id: number): Promise<Article | undefined> {
    const [row] = await query<ArticleRow>(
      `SELECT ${TEASER_COLUMNS}, a.body, a.desk, a.sample, a.correction_note, a.correction_at, a.updated_at,
              COALESCE(a.translation_of_id, (SELECT t.id FROM articles t WHERE t.translation_of_id = a.id LIMIT 1)) AS translation_id,
              w.name_ar AS writer_name_ar, w.name_en AS writer_name_en,
              ARRAY(SELECT tg.name FROM articles_rels r JOIN tags tg ON tg.id = r.tags_id
                    WHERE r.parent_id = a.id AND r.path = 'tags' ORDER BY r."order") AS tags
       FROM ${TEASER_FROM} LEFT JOIN writers w ON w.id = a.writer_id
       WHERE a.id = $1 AND ${LIVE}`,
      [id],
    );
    return row ? article(row) : undefined;
  }

  async articleStatus(id: number): Promise<ArticleStatus> {
    const [row] = await query<{ live: boolean; scheduled: boolean; was_published: boolean }>(
      `SELECT (${LIVE}) AS live, a._status = 'published' AND a.published_at > now() AS scheduled,
              a.first_published_at IS NOT NULL AS was_published
       FROM articles a WHERE a.id = $1`,
      [id],
    );
    if (!row) return 'missing';
    if (row.live) return 'published';
    // Taken down after readers saw it (410); a draft, or a story scheduled for later, was never there (404).
    return row.was_published && !row.scheduled ? 'withdrawn' : 'missing';
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
  async sectionPage(locale: Locale, section: string, pageNumber: number, pageSize: number): Promise<Page<ArticleTeaser>> {
    const where = `a.section_id = (SELECT id FROM sections WHERE slug = $2) AND a.edition = $1 AND ${LIVE}`;
    const offset = pageOffset(pageNumber, pageSize);
    const anchor = offset < MARK_SPACING ? { offset } : anchorFor(offset, await marksOf(`section:${locale}:${section}`, () =>
      readMarks(`SELECT a.published_at AS at, a.id FROM articles a WHERE ${where} ORDER BY ${NEWEST}`, 'NULLS LAST', [locale, section]),
    ));
    return page(
      query<TeaserRow>(
        `SELECT ${TEASER_COLUMNS} FROM ${TEASER_FROM}
         WHERE ${where} AND (a.published_at, a.id) < ($5::timestamptz, $6::int)
         ORDER BY ${NEWEST} LIMIT $3 OFFSET $4`,
        [locale, section, pageSize + 1, anchor.offset, ...keyBound(anchor)],
      ),
      pageNumber,
      pageSize,
    );
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
   * Shared tags weigh most, the same section a little, recency breaks ties; topped up with the newest.
   * Candidates are the newest RELATED_POOL stories of each of the story's tags and of its section,
   * each read down an index: the cost does not grow with the archive (an old tag has thousands).
   */
  async related(story: Article, limit: number): Promise<ArticleTeaser[]> {
    const rows = await query<TeaserRow>(
      `WITH mine AS (SELECT DISTINCT tags_id FROM articles_rels WHERE parent_id = $1 AND path = 'tags' AND tags_id IS NOT NULL),
            scored AS (
              SELECT n.article_id AS id, 2 AS score FROM mine CROSS JOIN LATERAL (
                SELECT x.article_id FROM article_tag_index x
                WHERE x.tag_id = mine.tags_id AND x.edition = $2 AND x.published_at <= now() AND x.article_id <> $1
                ORDER BY x.published_at DESC, x.article_id DESC LIMIT $4) n
              UNION ALL
              SELECT s.id, 1 FROM (SELECT a.id FROM articles a
                                   WHERE a.section_id = (SELECT section_id FROM articles WHERE id = $1) AND a.edition = $2 AND ${LIVE} AND a.id <> $1
                                   ORDER BY ${NEWEST} LIMIT $4) s
            ),
            ranked AS (SELECT id, sum(score) AS score FROM scored GROUP BY id)
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

  /** Oldest first from a key: the edition index walked backwards from `from`, never an OFFSET. */
  async articleIndex(locale: Locale, from: IndexCut, before: IndexCut | undefined, limit: number): Promise<ArticleIndexEntry[]> {
    const rows = await query<{ id: number; edition: Locale; published_at: Date; revised_at: Date | null; image_url: string | null; translation_id: number | null; translation_edition: Locale | null }>(
      `SELECT a.id, a.edition, a.published_at, a.revised_at, m.url AS image_url, t.id AS translation_id, t.edition AS translation_edition
       FROM articles a LEFT JOIN media m ON m.id = a.image_id
       LEFT JOIN LATERAL (SELECT x.id, x.edition FROM articles x
                          WHERE (x.id = a.translation_of_id OR x.translation_of_id = a.id) AND x._status = 'published' AND x.published_at <= now()
                          LIMIT 1) t ON true
       WHERE a.edition = $1 AND ${LIVE} AND (a.published_at, a.id) >= ($3::timestamptz, $4::int)
         AND (a.published_at, a.id) < ($5::timestamptz, $6::int)
       ORDER BY ${OLDEST} LIMIT $2`,
      [locale, limit, from.at, from.id, before?.at ?? 'infinity', before?.id ?? 0],
    );
    return rows.map((row) => {
      const publishedAt = cairoIso(row.published_at);
      return {
        id: row.id,
        locale: row.edition,
        updatedAt: row.revised_at && row.revised_at > row.published_at ? cairoIso(row.revised_at) : publishedAt,
        ...(row.translation_id != null && { translation: { id: row.translation_id, locale: row.translation_edition! } }),
        ...(row.image_url && { image: row.image_url }),
      };
    });
  }

  /** Every `every`-th key of the edition, oldest first: one index-only walk (cached by lib/content). */
  async articleIndexCuts(locale: Locale, every: number): Promise<IndexCut[]> {
    const rows = await query<{ at: Date; id: number }>(
      `SELECT at, id FROM (SELECT a.published_at AS at, a.id, row_number() OVER (ORDER BY ${OLDEST}) AS n
                           FROM articles a WHERE a.edition = $1 AND ${LIVE}) k
       WHERE (n - 1) % $2 = 0 ORDER BY n`,
      [locale, every],
    );
    return rows.map((row) => ({ at: row.at.toISOString(), id: row.id }));
  }

  async sectionsUpdated(locale: Locale): Promise<Record<string, string>> {
    const rows = await query<{ slug: string; updated: Date }>(
      `SELECT s.slug, max(GREATEST(a.published_at, COALESCE(a.revised_at, a.published_at))) AS updated
       FROM articles a JOIN sections s ON s.id = a.section_id WHERE a.edition = $1 AND ${LIVE} GROUP BY s.slug`,
      [locale],
    );
    return Object.fromEntries(rows.map((row) => [row.slug, cairoIso(row.updated)]));
  }

  async tags(locale: Locale): Promise<TagSummary[]> {
    const rows = await query<{ name: string; count: string; updated: Date }>(
      `SELECT t.name, count(*) AS count, max(GREATEST(a.published_at, COALESCE(a.revised_at, a.published_at))) AS updated
       FROM tags t JOIN articles_rels r ON r.tags_id = t.id AND r.path = 'tags' JOIN articles a ON a.id = r.parent_id
       WHERE t.edition = $1 AND a.edition = $2 AND ${LIVE}
       GROUP BY t.name ORDER BY count(*) DESC, t.name`,
      // The edition twice: tags and articles each have an enum type of their own.
      [locale, locale],
    );
    return rows.map((row) => ({ tag: row.name, count: Number(row.count), updatedAt: cairoIso(row.updated) }));
  }

  async sections(): Promise<Section[]> {
    const rows = await query<{ slug: string; name_ar: string; name_en: string }>(`SELECT slug, name_ar, name_en FROM sections ORDER BY "order", id`);
    return rows.map((row) => ({ slug: row.slug, name: { ar: row.name_ar, en: row.name_en } }));
  }

  /** The masthead in force now: the term with the latest start that has begun (one with no start is the oldest). */
  async masthead(): Promise<MastheadEntry[]> {
    const rows = await query<{ role_ar: string; role_en: string; name_ar: string; name_en: string }>(
      `SELECT e.role_ar, e.role_en, e.name_ar, e.name_en
       FROM masthead_terms_entries e
       WHERE e._parent_id = (SELECT t.id FROM masthead_terms t
                             WHERE t.effective_from IS NULL OR t.effective_from <= now()
                             ORDER BY t.effective_from DESC NULLS LAST, t._order DESC LIMIT 1)
       ORDER BY e._order`,
    );
    return rows.map((row) => ({ role: { ar: row.role_ar, en: row.role_en }, name: { ar: row.name_ar, en: row.name_en } }));
  }
}
