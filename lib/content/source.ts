import type { Locale } from '@/lib/locales';
import type {
  Article,
  ArticleIndexEntry,
  ArticleStatus,
  ArticleTeaser,
  IndexCut,
  MastheadEntry,
  Page,
  Section,
  TagSummary,
} from './types';

/** How many of the newest stories of each of a story's tags, and of its section, related() weighs. */
export const RELATED_POOL = 300;

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
  /** Stories to read next, in the article's edition, never the article itself. */
  related(article: Article, limit: number): Promise<ArticleTeaser[]>;
  /** Published in (since, until], newest first: the news sitemap. */
  publishedBetween(since: Date, until: Date, limit: number): Promise<ArticleTeaser[]>;
  /**
   * Published articles of an edition, OLDEST first, from the one at `from` (inclusive) up to the one
   * at `before` (exclusive; none: to the newest): a sitemap file. Cut from the oldest end, a file's
   * contents stay put as news arrives.
   */
  articleIndex(locale: Locale, from: IndexCut, before: IndexCut | undefined, limit: number): Promise<ArticleIndexEntry[]>;
  /** Where each file of `every` articles starts: the keys of stories 0, every, 2·every… oldest first. */
  articleIndexCuts(locale: Locale, every: number): Promise<IndexCut[]>;
  /** The newest `updatedAt` of an edition's articles, per section slug: sitemap lastmod. */
  sectionsUpdated(locale: Locale): Promise<Record<string, string>>;
  tags(locale: Locale): Promise<TagSummary[]>;
  sections(): Promise<Section[]>;
  masthead(): Promise<MastheadEntry[]>;
}
