import type { Locale } from '@/lib/locales';
import type {
  Article,
  ArticleIndexEntry,
  ArticleStatus,
  ArticleTeaser,
  BreakingItem,
  HijriOffset,
  MastheadTerm,
  Page,
  SearchResults,
  Section,
  TagSummary,
  Writer,
} from './types';

/** How many of the newest stories of each of a story's tags, and of its section, related() weighs. */
export const RELATED_POOL = 300;

/**
 * The archive's index (the sitemap's article files) comes in blocks of this many ids: block b holds
 * an edition's live stories with ids in [b·INDEX_BLOCK_IDS, (b+1)·INDEX_BLOCK_IDS). A story's block
 * never changes, so one story's change expires one block (lib/content/tags), and finding the
 * blocks takes one index probe per block, not a count of the archive. 5,000: one block's entries must
 * fit one item of Next's data cache (2 MB at most) — 50,000 stories were 6.7 MB, never cached, so
 * each request read them again (2.4 s at 320,000 stories); 5,000 with the longest picture addresses
 * (the media store's) and a translation each are ≈ 1.5 MB (__tests__/app/sitemap.test.ts).
 */
export const INDEX_BLOCK_IDS = 5_000;

/** The block of the archive's index a story's id falls in. */
export const indexBlockOf = (id: number): number => Math.floor(id / INDEX_BLOCK_IDS);

/**
 * What decides a story's related picks: the story, its edition, tags and section. Only these, so
 * the cached picks are keyed by them — an edit to the text reuses them instead of leaving a copy
 * keyed by the whole story behind on disk at every save.
 */
export type RelatedTo = Pick<Article, 'id' | 'locale' | 'tags'> & { section: Pick<Article['section'], 'slug'> };

/**
 * What any store of content must answer — every read async, every answer a domain type
 * (lib/content/types). Pages never talk to a source directly: they go through lib/content
 * (index.ts), which picks the configured source and caches and tags its answers.
 */
export interface ContentSource {
  /** A published article, or undefined. */
  article(id: number): Promise<Article | undefined>;
  articleStatus(id: number): Promise<ArticleStatus>;
  /** The latest version of a story, published or not: an editor's preview. */
  draft(id: number): Promise<Article | undefined>;
  /** The newest published stories of an edition, skipping `exclude`. */
  latest(locale: Locale, limit: number, exclude?: readonly number[]): Promise<ArticleTeaser[]>;
  sectionPage(locale: Locale, section: string, page: number, pageSize: number): Promise<Page<ArticleTeaser>>;
  tagPage(locale: Locale, tag: string, page: number, pageSize: number): Promise<Page<ArticleTeaser>>;
  /**
   * How the edition spells `tag` (NFC) when letter case is set aside (foldTagCase): the name of its
   * one tag with live stories whose lowercase is the same (`spacex` → `SpaceX`, or `tag` itself),
   * undefined when none is or several are (the newsroom keeps "SpaceX" and "Spacex" apart, so
   * neither is the one meant). A tag page asked in other letter case is sent to that spelling.
   */
  tagSpelling(locale: Locale, tag: string): Promise<string | undefined>;
  /**
   * Published stories of an edition matching every word of `query` (a query lib/search/query
   * accepted), most relevant first: the words in the headline, then in the summary, then anywhere
   * as typed, then only by their stems; newest first within each. A query that finds nothing is
   * tried once more with its unknown words respelled as the closest known ones (lib/search/respell).
   */
  search(locale: Locale, query: string, page: number, pageSize: number): Promise<SearchResults>;
  /** Stories to read next, in the article's edition, never the article itself: those sharing its tags or section, best first (lib/content tops a short list up). */
  related(article: RelatedTo, limit: number): Promise<ArticleTeaser[]>;
  /** Published in (since, until], newest first: the news sitemap. */
  publishedBetween(since: Date, until: Date, limit: number): Promise<ArticleTeaser[]>;
  /** The live articles of an edition in one block of ids (INDEX_BLOCK_IDS), by id: a sitemap file. */
  articleIndex(locale: Locale, block: number): Promise<ArticleIndexEntry[]>;
  /** The blocks of ids holding at least one live article of the edition, ascending. */
  articleIndexBlocks(locale: Locale): Promise<number[]>;
  /** The slugs of the sections with at least one live story in the edition: what the edition shows. */
  populatedSections(locale: Locale): Promise<string[]>;
  /**
   * When each section's first page last changed — the newest `updatedAt` among the `shown` stories
   * it lists — per section slug with live stories: sitemap lastmod. A revision deeper in the archive
   * changes no first page, and reading only first pages keeps the cost to the number of sections.
   */
  sectionsUpdated(locale: Locale, shown: number): Promise<Record<string, string>>;
  /** Every tag of the edition with live stories, and when its first page (`shown` stories) last changed; newest change first. */
  tags(locale: Locale, shown: number): Promise<TagSummary[]>;
  /** Published stories of the given ids, in the order given; ids that are not live are left out. */
  teasers(ids: readonly number[]): Promise<ArticleTeaser[]>;
  /**
   * The ids of an edition's live stories most read since `since` (counted views, lib/reads), most
   * read first, newer first on a tie; stories nobody read are not ranked.
   */
  mostRead(locale: Locale, since: Date, limit: number): Promise<number[]>;
  writer(slug: string): Promise<Writer | undefined>;
  /** A writer's published pieces in an edition, newest first. */
  writerPage(locale: Locale, slug: string, page: number, pageSize: number): Promise<Page<ArticleTeaser>>;
  /** When each writer's first page (`shown` pieces) last changed, per writer slug with pieces in the edition: sitemap lastmod. */
  writersUpdated(locale: Locale, shown: number): Promise<Record<string, string>>;
  sections(): Promise<Section[]>;
  /**
   * Every term of the masthead, the latest start first (a term with no start last). Which one is
   * in force depends on the clock, so the door decides (lib/content/masthead.ts), not the source.
   */
  mastheadTerms(): Promise<MastheadTerm[]>;
  /** An edition's breaking news that has not expired, newest first, at most `limit`. */
  breaking(locale: Locale, limit: number): Promise<BreakingItem[]>;
  /** The newsroom's corrections of Umm al-Qura's months for Egypt (lib/hijri). */
  hijriOffsets(): Promise<HijriOffset[]>;
}
