import type { Focus } from '@/lib/media/focus';
import type { HijriOffset } from '@/lib/hijri';
import type { Locale } from '@/lib/locales';
import type { Block } from './body';
import type { ScriptRun } from '@/lib/text';

/**
 * The site's content as pages see it, whatever stores it. Every content source (the CMS's
 * database in production, an in-memory one in unit tests) answers in these shapes, so no page or
 * component ever sees a storage detail (a file name, a table row, a rich-text format).
 */

export type Localized = Record<Locale, string>;

/** A section of the paper, ordered as the navigation shows it, named in both editions. */
export interface Section {
  slug: string;
  name: Localized;
  /**
   * How the name reads inside a sentence, where the newsroom says («الاقتصاد» for «اقتصاد», «مصر» for
   * «مصر»); otherwise lib/content/section-name's rule decides.
   */
  inSentence?: Partial<Localized>;
}

/** An article's section as a list or a page shows it: its slug and its name in the article's edition. */
export interface SectionRef {
  slug: string;
  name: string;
}

export interface ArticleImage {
  /** The picture's URL: a path on this site (/api/media/file/…, /images/…) or the media store's absolute URL. */
  src: string;
  alt: string;
  caption: string;
  width: number;
  height: number;
  /** Byte length and MIME type, when the store knows them (RSS enclosures need both). */
  bytes?: number;
  type?: string;
  /** The editor's focal point, when set off the centre: every crop of the picture keeps it (lib/media/focus). */
  focus?: Focus;
}

/**
 * Who signs the story. A desk ("قسم الاقتصاد", "بوابة الوفد") is an organization to search
 * engines; a columnist is a person.
 */
export interface Byline {
  name: string;
  kind: BylineKind;
}

/** Who may sign a story: the newsroom's choice (cms/collections/Articles.ts bylineType), the front matter's bylineType. */
export const BYLINE_KINDS = ['desk', 'person'] as const;
export type BylineKind = (typeof BYLINE_KINDS)[number];

/** A columnist's picture as one edition shows it: a square portrait, described in that edition's language. */
export interface WriterPhoto {
  src: string;
  alt: string;
  width: number;
  height: number;
  /** The editor's focal point, when set off the centre: the round crops keep it (lib/media/focus). */
  focus?: Focus;
}

/**
 * A columnist, with everything in both editions: the writer's page. A desk ("بوابة الوفد",
 * "قسم الاقتصاد") is not a writer; it signs stories as a desk (Byline).
 */
export interface Writer {
  slug: string;
  name: Localized;
  /** The fixed column the writer's pieces run under ("حكاوى", "م الآخر"), where they have one. */
  column: Partial<Localized>;
  bio: Partial<Localized>;
  /** The portrait, with its description in both editions. */
  photo?: Omit<WriterPhoto, 'alt'> & { alt: Localized };
}

/** The writer of an opinion piece as a list shows them, in the piece's edition. */
export interface WriterRef {
  slug: string;
  name: string;
  column?: string;
}

/** The writer as the piece itself shows them: with the photo. */
export interface ArticleWriter extends WriterRef {
  photo?: WriterPhoto;
}

/** What a list shows of a story: no body, no tags. */
export interface ArticleTeaser {
  id: number;
  locale: Locale;
  title: string;
  summary: string;
  section: SectionRef;
  publishedAt: string;
  updatedAt: string;
  image?: ArticleImage;
  /** A columnist's piece: opinion, labelled as such wherever it is listed (lib/content/opinion). */
  writer?: WriterRef;
  /** A reporter who signs the story and is no columnist (Byline of kind person): feeds name them as the page does. */
  reporter?: string;
}

export interface Correction {
  text: string;
  at: string;
}

/**
 * When a story last changed for its readers: its latest revision (`updatedAt`, the publication
 * until it is revised) or its correction, whichever is later. A correction is printed on the page
 * with its own date, so the page's "updated" line, its JSON-LD and Open Graph and its sitemap entry
 * must all say the story changed then too, or search engines keep the uncorrected copy. Compared
 * as instants: the two may be written with different offsets. Lists and their feeds print no
 * correction, so a listing's own dates go by `updatedAt` alone.
 */
export function modifiedAt(story: Pick<Article, 'updatedAt' | 'correction'>): string {
  const corrected = story.correction?.at;
  return corrected !== undefined && Date.parse(corrected) > Date.parse(story.updatedAt) ? corrected : story.updatedAt;
}

export interface Article extends ArticleTeaser {
  tags: string[];
  byline: Byline;
  body: Block[];
  wordCount: number;
  readingMinutes: number;
  writer?: ArticleWriter;
  /** The counterpart in the other edition, when one exists that readers may open (published and due). */
  translationId?: number;
  /**
   * Set on a translation only: the id of the story it was translated from — even while that one is
   * not live (scheduled later, withdrawn): the story is still a translation, only not linked to it.
   */
  translationOf?: number;
  /** Changes whenever anything a reader sees changes: versions derived assets such as the social card. */
  revision: string;
  /** Demonstration content, said so on the page. */
  sample: boolean;
  correction?: Correction;
  /**
   * In an editor's preview only (ContentSource.draft): the version shown is not out yet — it has no
   * publication time (never published; `publishedAt` is then its last save), or one still ahead.
   */
  pending?: 'unpublished' | 'scheduled';
}

/** One entry of the paper's leadership, as the masthead prints it. */
export interface MastheadEntry {
  role: Localized;
  name: Localized;
}

/**
 * The masthead as it stood from one day on. The oldest term on record may have no known start.
 * `effectiveFrom` is ISO-8601 with Cairo's offset.
 */
export interface MastheadTerm {
  effectiveFrom?: string;
  entries: MastheadEntry[];
}

/** A line of breaking news (عاجل), live until `expiresAt` (ISO-8601 with Cairo's offset). */
export interface BreakingItem {
  id: number;
  text: string;
  /**
   * The line split by script (lib/text scriptRuns), when it has words in the other edition's: split
   * on the server, so the strip's island marks their language without shipping the rule.
   */
  runs?: ScriptRun[];
  /** A path on this site or a web address. */
  link?: string;
  expiresAt: string;
}

/** A Hijri month Egypt began on another day than Umm al-Qura, as the newsroom recorded it. */
export type { HijriOffset };

/** One page of a listing, newest first. `hasNext` instead of a total: counting a large archive is work no reader asked for. */
export interface Page<T> {
  items: T[];
  page: number;
  hasNext: boolean;
}

/**
 * One page of search results, best first (lib/search). When the query as typed matched nothing
 * and a near spelling of its words did, the results are that spelling's, and `corrected` says so.
 * When that spelling put names the stories write in Latin letters in place of the reader's Arabic
 * spellings of them (lib/search/latin-names), `latinNames` gives them as the newsroom writes them.
 */
export interface SearchResults extends Page<ArticleTeaser> {
  corrected?: string;
  latinNames?: string[];
}

/** What a sitemap needs of an article. */
export interface ArticleIndexEntry {
  id: number;
  locale: Locale;
  /** When the story's page last changed (modifiedAt): its lastmod. */
  modifiedAt: string;
  translation?: { id: number; locale: Locale };
  image?: string;
}

export interface TagSummary {
  tag: string;
  /** The newest `updatedAt` among the stories the tag's first page shows: its lastmod. */
  updatedAt: string;
}

/** Whether an article's URL names something: live (in its edition), taken down (410 Gone), or never was (404). */
export type ArticleStatus = { state: 'published'; edition: Locale } | { state: 'withdrawn' | 'missing' };
