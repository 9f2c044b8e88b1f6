import { createHash } from 'node:crypto';
import { cairoIso } from '@/lib/cairo-time';
import { query } from '@/lib/db/pool';
import type { Locale } from '@/lib/locales';
import { focusOf } from '@/lib/media/focus';
import { listingContinues } from '@/lib/routes';
import { site } from '@/lib/site';
import { readingStats } from '../body';
import { lexicalToBlocks, linkedStoryIds } from '../lexical';
import { liveAs } from '../reader-state';
import type { Article, ArticleImage, ArticleTeaser, Byline, Correction, Page, WriterPhoto, WriterRef } from '../types';

/**
 * The rows the content source reads (lib/content/postgres-source.ts) and the domain types they
 * become: the columns every listing selects, and one mapping from a row to a teaser or a story.
 */

/** A story readers may see (lib/content/reader-state): published, and its publication time has come. */
export const LIVE = liveAs('a');

/**
 * Newest first, in the order of cms/indexes.ts' partial indexes (which say NULLS LAST): a plain
 * `DESC` means NULLS FIRST, which those indexes cannot give, and the planner sorted instead.
 */
export const NEWEST = `a.published_at DESC NULLS LAST, a.id DESC NULLS LAST`;

export const TEASER_COLUMNS = `
  a.id, a.edition, a.title, a.summary, a.published_at, a.revised_at,
  s.slug AS section_slug, s.name_ar AS section_name_ar, s.name_en AS section_name_en,
  m.url AS image_url, m.alt AS image_alt, m.caption AS image_caption, m.width AS image_width,
  m.height AS image_height, m.filesize AS image_bytes, m.mime_type AS image_type, m.focal_x AS image_focal_x, m.focal_y AS image_focal_y,
  w.slug AS writer_slug, w.name_ar AS writer_name_ar, w.name_en AS writer_name_en,
  w.column_ar AS writer_column_ar, w.column_en AS writer_column_en,
  CASE WHEN a.byline_type = 'person' THEN a.desk END AS reporter`;

export const TEASER_FROM = `articles a JOIN sections s ON s.id = a.section_id LEFT JOIN media m ON m.id = a.image_id
  LEFT JOIN writers w ON w.id = a.writer_id`;

export interface TeaserRow {
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

/** Times as Dates, or as milliseconds where a query reads thousands of rows (PostgresSource.articleIndex). */
export interface CorrectionColumns<Time extends Date | number = Date> {
  correction_note: string | null;
  correction_at: Time | null;
  /** The row's last save. */
  updated_at: Time;
}

export interface ArticleRow extends TeaserRow, PhotoColumns, CorrectionColumns {
  body: unknown;
  /** Who signs a story no writer signs (the `desk` column): a desk's name, or the person's of `reporter`. */
  byline: string | null;
  sample: boolean | null;
  translation_id: number | null;
  translation_of: number | null;
  tags: string[] | null;
  /** A preview's version not out yet (draft(): pendingAs); absent from readers' reads. */
  pending?: Article['pending'] | null;
}

/**
 * Whether a version is not out yet, over its publication time column (null when it is): draft()
 * reads it so the preview does not say «نُشر» of a story nobody can read yet.
 */
export const pendingAs = (publishedAt: string) =>
  `CASE WHEN ${publishedAt} IS NULL THEN 'unpublished' WHEN ${publishedAt} > now() THEN 'scheduled' END AS pending`;

export interface WriterRow extends PhotoColumns {
  slug: string;
  name_ar: string;
  name_en: string;
  column_ar: string | null;
  column_en: string | null;
  bio_ar: string | null;
  bio_en: string | null;
}

/** The writer's portrait, joined as `wp` (the story's own picture is `m`), with the writer's alt text per edition. */
export const PHOTO_COLUMNS = `wp.url AS photo_url, wp.alt AS photo_alt, w.photo_alt_ar, w.photo_alt_en, wp.width AS photo_width, wp.height AS photo_height, wp.focal_x AS photo_focal_x, wp.focal_y AS photo_focal_y`;

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
export function photo(row: PhotoColumns, edition: Locale): WriterPhoto | undefined {
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

export function teaser(row: TeaserRow): ArticleTeaser {
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
export function correction(row: CorrectionColumns<Date | number>): Correction | undefined {
  return row.correction_note ? { text: row.correction_note, at: cairoIso(row.correction_at ?? row.updated_at) } : undefined;
}

/** The editions of the stories a body links to (lib/content/lexical): links lead straight to each story's URL. */
export async function linkedEditions(body: unknown): Promise<ReadonlyMap<number, Locale> | undefined> {
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

export function article(row: ArticleRow, editions?: ReadonlyMap<number, Locale>): Article {
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
    ...(row.pending && { pending: row.pending }),
  };
}

export async function page(rows: Promise<TeaserRow[]>, pageNumber: number, pageSize: number): Promise<Page<ArticleTeaser>> {
  const list = await rows;
  return { items: list.slice(0, pageSize).map(teaser), page: pageNumber, hasNext: listingContinues(pageNumber, list.length > pageSize) };
}
