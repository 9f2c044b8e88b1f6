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
   * Published stories of an edition matching every word of `query` (a query lib/search/query
   * accepted), most relevant first: the words in the headline, then in the summary, then anywhere
   * as typed, then only by their stems; newest first within each. A query that finds nothing is
   * tried once more with its unknown words respelled as the nearest known ones (trigrams).
   */
  search(locale: Locale, query: string, page: number, pageSize: number): Promise<SearchResults>;
  /** Stories to read next, in the article's edition, never the article itself. */
  related(article: Article, limit: number): Promise<ArticleTeaser[]>;
  /** Published in (since, until], newest first: the news sitemap. */
  publishedBetween(since: Date, until: Date, limit: number): Promise<ArticleTeaser[]>;
  /** Every published article of an edition, newest first, from `offset`: sitemaps. */
  articleIndex(locale: Locale, offset: number, limit: number): Promise<ArticleIndexEntry[]>;
  /** The slugs of the sections with at least one live story in the edition: what the edition shows. */
  populatedSections(locale: Locale): Promise<string[]>;
  /** The newest `updatedAt` of an edition's articles, per section slug: sitemap lastmod. */
  sectionsUpdated(locale: Locale): Promise<Record<string, string>>;
  tags(locale: Locale): Promise<TagSummary[]>;
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
  /** The newest `updatedAt` of an edition's pieces, per writer slug: writers with pieces, sitemap lastmod. */
  writersUpdated(locale: Locale): Promise<Record<string, string>>;
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
