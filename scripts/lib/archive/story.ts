import { blocksToLexical, type LexicalState } from '@/lib/content/lexical';
import type { BylineKind } from '@/lib/content/types';
import type { Locale } from '@/lib/locales';
import { later, publicationTime } from './dates';
import { AGENCIES, DESKS, PORTAL } from './pool/people';
import { TAGS } from './pool/tags';
import { Rng, cumulative, zipf } from './random';
import { storyId } from './range';
import { bodyBlocks, storyText } from './text';
import type { Bi } from './pool/types';
import { REPORTER_COUNT, WRITER_COUNT, generatedReporters } from './writers';

/**
 * Story number i of the archive, as the row the CMS would have written: which edition, section,
 * day, picture, tags and byline it has (drawn from its own stream, so it never depends on N or
 * on other stories), and its words (text.ts).
 *
 * Shares, as the brief for a newspaper archive asks: ~85 % Arabic and ~15 % English, about half
 * of the English a translation of the Arabic story just before it; ~10 % columns by a generated
 * writer (in the opinion section); of the rest, ~30 % signed by a reporter by name and the others by
 * a desk, the portal or the agencies; a picture on ~85 %; 1–5 tags.
 */

export const SHARES = {
  english: 0.15,
  /** Of all stories: English translations (each of the Arabic story before it, when that one is Arabic). */
  translated: 0.085,
  column: 0.1,
  picture: 0.85,
  revised: 0.25,
} as const;

/** What the database contributes: the ids generated stories point at. */
export interface Library {
  /** In the order the site lists them. */
  sections: readonly { id: number; slug: string }[];
  /** Pictures: every one, and those the real stories of a section use (by section id). */
  media: { all: readonly number[]; bySection: ReadonlyMap<number, readonly number[]> };
  /** Tag ids per edition, one per entry of the pool (pool/tags.ts). */
  tagIds: Readonly<Record<Locale, readonly number[]>>;
  /** Generated writers' ids (writers.ts order). */
  writerIds: readonly number[];
}

export interface ArchiveParameters {
  seed: number;
  /** The newest possible publication (ms): the first run's "now". */
  anchor: number;
}

/** Non-column stories per section; a section the newsroom adds gets a share too. */
const SECTION_WEIGHTS: Readonly<Record<string, number>> = { news: 40, economy: 22, technology: 15, sports: 20, opinion: 3 };
/** 1 to 5 tags, most often 2 or 3. */
const TAG_COUNTS = cumulative([15, 30, 30, 15, 10]);

export interface Prepared extends ArchiveParameters {
  library: Library;
  sectionCdf: Float64Array;
  /** Index of the opinion section in library.sections, or -1. */
  opinion: number;
  /** Pool indexes by section slug ('' = any section), most popular first, with their Zipf weights. */
  tags: ReadonlyMap<string, { indexes: number[]; cdf: Float64Array }>;
  writerCdf: Float64Array;
  /** Reporters' bylines, most prolific first, and their Zipf weights. */
  reporters: readonly Bi[];
  reporterCdf: Float64Array;
}

export function prepare(parameters: ArchiveParameters, library: Library): Prepared {
  if (!library.sections.length) throw new Error('no sections in the database: import content/ first (npm run build or npm start does)');
  const tags = new Map<string, { indexes: number[]; cdf: Float64Array }>();
  TAGS.forEach((tag, index) => {
    const list = tags.get(tag.section) ?? { indexes: [], cdf: new Float64Array() };
    list.indexes.push(index);
    tags.set(tag.section, list);
  });
  for (const list of tags.values()) list.cdf = zipf(list.indexes.length);
  return {
    ...parameters,
    library,
    sectionCdf: cumulative(library.sections.map((s) => SECTION_WEIGHTS[s.slug] ?? 10)),
    opinion: library.sections.findIndex((s) => s.slug === 'opinion'),
    tags,
    writerCdf: zipf(WRITER_COUNT, 0.8),
    reporters: generatedReporters(parameters.seed),
    reporterCdf: zipf(REPORTER_COUNT, 0.8),
  };
}

type Role = 'ar' | 'en' | 'translation';

/** The story's first draw decides its edition; a translation needs the story before it to be Arabic. */
function role(p: Prepared, index: number, u: number): Role {
  if (u >= SHARES.english) return 'ar';
  if (u < SHARES.translated && index > 0 && new Rng(p.seed, index - 1).next() >= SHARES.english) return 'translation';
  return 'en';
}

/** Whether story `index` is the English translation of story `index - 1`. */
export function isTranslation(p: Prepared, index: number): boolean {
  return role(p, index, new Rng(p.seed, index).next()) === 'translation';
}

interface Skeleton {
  role: Role;
  column: boolean;
  section: number;
  published: number;
  weekday: number;
  revised?: number;
  created: number;
  /** Minutes after its original that a translation appears. */
  delay: number;
  image?: number;
  tags: number[];
  writer: number;
  /** Who signs it unless it is a column: its section's desk, the portal, the agencies, or a reporter by name. */
  desk: 'section' | 'portal' | 'agencies' | 'reporter';
  reporter: number;
}

function drawTags(rng: Rng, p: Prepared, slug: string, column: boolean): number[] {
  const own = p.tags.get(column ? 'opinion' : slug) ?? p.tags.get('news')!;
  const count = 1 + rng.weighted(TAG_COUNTS);
  const picked: number[] = [];
  for (let attempt = 0; picked.length < count && attempt < 20; attempt++) {
    // A column also takes the tags of what it is about; a report mostly its section's.
    const list = rng.chance(0.75) ? own : (column ? p.tags.get(rng.pick(['news', 'economy', 'technology', 'sports'])) : p.tags.get('')) ?? own;
    const index = list.indexes[rng.weighted(list.cdf)]!;
    if (!picked.includes(index)) picked.push(index);
  }
  return picked;
}

function skeleton(p: Prepared, index: number): Skeleton {
  const rng = new Rng(p.seed, index);
  const kind = role(p, index, rng.next());
  const column = rng.chance(SHARES.column);
  const section = column && p.opinion >= 0 ? p.opinion : rng.weighted(p.sectionCdf);
  const { at, weekday } = publicationTime(rng, p.anchor);
  const revised = rng.chance(SHARES.revised) ? later(at, rng.int(10, 720), p.anchor) : undefined;
  const created = at - rng.int(5, 180) * 60_000;
  const delay = rng.int(30, 360);
  const sectionId = p.library.sections[section]!.id;
  const pictures = p.library.media.bySection.get(sectionId) ?? p.library.media.all;
  const image = rng.chance(SHARES.picture) && pictures.length ? pictures[Math.floor(rng.next() * pictures.length)] : undefined;
  const tags = drawTags(rng, p, p.library.sections[section]!.slug, column);
  const writer = rng.weighted(p.writerCdf);
  const roll = rng.next();
  const desk = roll < 0.45 ? 'section' : roll < 0.6 ? 'portal' : roll < 0.7 ? 'agencies' : 'reporter';
  // Drawn last, so every draw before it is the one an archive generated before reporters made.
  const reporter = rng.weighted(p.reporterCdf);
  return { role: kind, column, section, published: at, weekday, ...(revised !== undefined && revised > at && { revised }), created, delay, ...(image !== undefined && { image }), tags, writer, desk, reporter };
}

/** A row of the articles table, named as its columns are. */
export interface ArticleRow {
  id: number;
  title: string;
  summary: string;
  body: LexicalState;
  edition: Locale;
  section_id: number;
  image_id: number | null;
  published_at: string;
  first_published_at: string;
  revised_at: string | null;
  writer_id: number | null;
  desk: string | null;
  byline_type: BylineKind;
  translation_of_id: number | null;
  sample: boolean;
  created_at: string;
  updated_at: string;
}

export interface Story {
  row: ArticleRow;
  /** Tag ids, in order. */
  tags: number[];
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Story number `index` (0-based) of the archive. */
export function story(p: Prepared, index: number): Story {
  const own = skeleton(p, index);
  // A translation is its original's story told in English, a little later the same day.
  const translation = own.role === 'translation';
  const base = translation ? skeleton(p, index - 1) : own;
  const edition: Locale = own.role === 'ar' ? 'ar' : 'en';
  const published = translation ? later(base.published, own.delay, p.anchor) : own.published;
  const revised = own.revised !== undefined && own.revised > published ? own.revised : undefined;
  const section = p.library.sections[base.section]!;
  const text = storyText(p.seed, translation ? index - 1 : index, { section: section.slug, column: base.column, weekday: base.weekday });
  const signer: Bi = base.desk === 'section' ? (DESKS[section.slug] ?? PORTAL) : base.desk === 'portal' ? PORTAL : base.desk === 'agencies' ? AGENCIES : p.reporters[base.reporter]!;
  return {
    row: {
      id: storyId(index),
      title: text.title[edition],
      summary: text.summary[edition],
      body: blocksToLexical(bodyBlocks(text, edition)),
      edition,
      section_id: section.id,
      image_id: base.image ?? null,
      published_at: iso(published),
      first_published_at: iso(published),
      revised_at: revised === undefined ? null : iso(revised),
      writer_id: base.column ? p.library.writerIds[base.writer]! : null,
      desk: base.column ? null : signer[edition],
      byline_type: !base.column && base.desk === 'reporter' ? 'person' : 'desk',
      translation_of_id: translation ? storyId(index - 1) : null,
      // Synthetic stories are marked as such to readers (the article page says "sample content").
      sample: true,
      created_at: iso(Math.min(own.created, published)),
      updated_at: iso(revised ?? published),
    },
    tags: [...new Set(base.tags.map((t) => p.library.tagIds[edition][t]).filter((id) => id !== undefined))],
  };
}
