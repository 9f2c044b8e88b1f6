import { cairoIso } from '@/lib/cairo-time';
import { query } from '@/lib/db/pool';
import type { Locale } from '@/lib/locales';
import { anchorFor, keyBound, MARK_SPACING, type Mark, marksOf, pageOffset } from '../marks';
import type { ArticleTeaser, Page } from '../types';
import { LIVE, NEWEST, page, TEASER_COLUMNS, TEASER_FROM, type TeaserRow } from './rows';

/** Every MARK_SPACING-th key of a listing (`keys` selects at, id in its order): one index-only walk. */
export async function readMarks(keys: string, nulls: 'NULLS FIRST' | 'NULLS LAST', values: unknown[]): Promise<Mark[]> {
  const rows = await query<Mark>(
    `SELECT at, id FROM (SELECT k.at, k.id, row_number() OVER (ORDER BY k.at DESC ${nulls}, k.id DESC ${nulls}) AS n FROM (${keys}) k) t
     WHERE n % ${MARK_SPACING} = 0 ORDER BY n`,
    values,
  );
  return rows.map((row) => ({ at: row.at, id: row.id }));
}

/** When a story last changed, in SQL over `a`: its publication or its latest revision (as teaser() reads it). */
export const STORY_UPDATED = `GREATEST(a.published_at, COALESCE(a.revised_at, a.published_at))`;

/**
 * When each section's or writer's first page last changed — the newest change among the `shown`
 * stories it lists — by slug, for those with live stories in the edition: one walk of the listing's
 * index per section or writer, `shown` stories deep, whatever the archive holds.
 */
export async function firstPagesUpdated(listings: 'sections' | 'writers', key: 'section_id' | 'writer_id', locale: Locale, shown: number): Promise<Record<string, string>> {
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
 * A page of an edition's live stories matching `match` (an SQL condition on `a`, its key as $2):
 * newest first, from the nearest mark (lib/content/marks.ts), so page 5,000 costs what page 1 does.
 * The rows after the mark before the page (up to MARK_SPACING − 1) are skipped in the listing's index
 * alone, and only the page's own stories are read and joined. Skipped through the join, every skipped
 * row was a story read: at a million, 660 of them took 444 ms from PostgreSQL's cold buffers (1,877
 * blocks); the page alone takes 9.6 ms (58). Sections and writers page alike; tags walk
 * article_tag_index the same way.
 */
export async function articlesPage(kind: string, match: string, locale: Locale, key: string, pageNumber: number, pageSize: number): Promise<Page<ArticleTeaser>> {
  const where = `${match} AND a.edition = $1 AND ${LIVE}`;
  const offset = pageOffset(pageNumber, pageSize);
  const anchor = offset < MARK_SPACING ? { offset } : anchorFor(offset, await marksOf(`${kind}:${locale}:${key}`, () =>
    readMarks(`SELECT a.published_at AS at, a.id FROM articles a WHERE ${where} ORDER BY ${NEWEST}`, 'NULLS LAST', [locale, key]),
  ));
  return page(
    query<TeaserRow>(
      `SELECT ${TEASER_COLUMNS}
       FROM (SELECT a.id FROM articles a
             WHERE ${where} AND (a.published_at, a.id) < ($5::timestamptz, $6::int)
             ORDER BY ${NEWEST} LIMIT $3 OFFSET $4) k
       JOIN ${TEASER_FROM} ON a.id = k.id
       ORDER BY ${NEWEST}`,
      [locale, key, pageSize + 1, anchor.offset, ...keyBound(anchor)],
    ),
    pageNumber,
    pageSize,
  );
}

/** A tag's stories: the keys come from article_tag_index (cms/migrations): one index walk, newest first, from the nearest mark. */
export async function tagArticlesPage(locale: Locale, tag: string, pageNumber: number, pageSize: number): Promise<Page<ArticleTeaser>> {
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
