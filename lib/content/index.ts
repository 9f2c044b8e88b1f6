import { cache } from 'react';
import type { Locale } from '@/lib/locales';
import type { ContentSource } from './source';
import { cacheTags } from './tags';
import type { Article, ArticleTeaser, IndexCut, MastheadEntry, Page, Section } from './types';

/**
 * The one door to content. Pages, feeds, sitemaps, cards and the proxy ask these functions;
 * none of them knows where content is stored. Each read is
 * - cached across requests and tagged with what it read (lib/content/tags), so the page that made
 *   it is cached with those tags and a change in the newsroom expires exactly the pages showing it;
 * - memoized for the request (React's `cache`), so a page and its metadata share one query.
 * Outside a Next server (tests, scripts) reads go straight to the source.
 */

export const LISTING_PAGE_SIZE = 20;

let configured: ContentSource | undefined;

/** Unit tests and tools point the door at another source (an in-memory one); undefined restores the default. */
export function setContentSource(source: ContentSource | undefined): void {
  configured = source;
}

let database: Promise<ContentSource> | undefined;

/** The database's source, loaded on first use: unit tests on an in-memory source never load the driver. */
async function source(): Promise<ContentSource> {
  return configured ?? (database ??= import('./postgres-source').then(({ PostgresSource }) => new PostgresSource()));
}

/** unstable_cache cannot store `undefined` (it keeps JSON), so every answer travels boxed. */
type Boxed<T> = { value: T };

/**
 * A source read cached across requests under `tags`. Only where Next runs: elsewhere (the proxy,
 * unit tests, scripts) Next has no cache to put it in, and the read goes to the source directly.
 */
function cachedRead<A extends unknown[], R>(
  name: string,
  read: (s: ContentSource, ...args: A) => Promise<R>,
  tags: (...args: A) => string[],
  /** Seconds a copy lives even without a change (an answer that depends on the time); forever by default. */
  revalidate?: number,
) {
  return async (...args: A): Promise<R> => {
    const direct = async () => read(await source(), ...args);
    // NEXT_RUNTIME is set only inside Next's server; tests and scripts read directly.
    if (configured || !process.env.NEXT_RUNTIME) return direct();
    const { unstable_cache } = await import('next/cache');
    try {
      // Keyed by the build (next.config's CONTENT_CACHE_EPOCH): no build reads an earlier build's copy.
      const key = ['content', process.env.CONTENT_CACHE_EPOCH ?? '', name, JSON.stringify(args)];
      const boxed = unstable_cache(async (): Promise<Boxed<R>> => ({ value: await direct() }), key, { tags: tags(...args), ...(revalidate && { revalidate }) });
      return (await boxed()).value;
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('Invariant: incrementalCache missing')) return direct();
      throw error;
    }
  };
}

export const getArticle = cache(
  // Section and writer names are printed in the story too: a rename reaches it.
  cachedRead('article', (s, id: number) => s.article(id), (id) => [cacheTags.article(id), cacheTags.sections(), cacheTags.writers()]),
);

/** Whether a story is live, withdrawn or unknown: always fresh (the proxy asks it for every request). */
export const getArticleStatus = cache(async (id: number) => (await source()).articleStatus(id));

/** An editor's preview: the latest version, draft or not, read fresh every time (never cached). */
export async function getDraftArticle(id: number): Promise<Article | undefined> {
  return (await source()).draft(id);
}

export async function getTranslation(article: Article): Promise<Article | undefined> {
  return article.translationId === undefined ? undefined : getArticle(article.translationId);
}

const latest = cachedRead(
  'latest',
  (s, locale: Locale, limit: number, exclude: readonly number[]) => s.latest(locale, limit, exclude),
  (locale) => [cacheTags.edition(locale)],
);
export const listLatest = cache((locale: Locale, limit: number, exclude: readonly number[] = []) => latest(locale, limit, exclude));

const sectionPage = cachedRead(
  'section',
  (s, locale: Locale, section: string, page: number, pageSize: number): Promise<Page<ArticleTeaser>> => s.sectionPage(locale, section, page, pageSize),
  (locale, section) => [cacheTags.section(locale, section)],
);
export const getSectionPage = cache((locale: Locale, section: string, page = 1, pageSize = LISTING_PAGE_SIZE) => sectionPage(locale, section, page, pageSize));

const tagPage = cachedRead(
  'tag',
  (s, locale: Locale, tag: string, page: number, pageSize: number): Promise<Page<ArticleTeaser>> => s.tagPage(locale, tag, page, pageSize),
  (locale, tag) => [cacheTags.tag(locale, tag)],
);
export const getTagPage = cache((locale: Locale, tag: string, page = 1, pageSize = LISTING_PAGE_SIZE) => tagPage(locale, tag.normalize('NFC'), page, pageSize));

const related = cachedRead(
  'related',
  (s, article: Article, limit: number) => s.related(article, limit),
  // What decides the picks: the story's section and tags (not the whole edition: a new story
  // elsewhere must not expire every article page).
  (article) => [cacheTags.section(article.locale, article.section.slug), ...article.tags.map((tag) => cacheTags.tag(article.locale, tag))],
);
export const listRelated = cache((article: Article, limit = 4) => related(article, limit));

/** Google News' window: both editions' stories of the last 48 hours, newest first, at most 1000. */
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;
export const NEWS_LIMIT = 1000;

/**
 * The stories for the news sitemap. The window moves with the clock, so one copy is kept and
 * renewed every five minutes — and at once when a story of either edition changes.
 */
export const listRecentNews = cachedRead(
  'recent-news',
  (s) => {
    const now = new Date();
    return s.publishedBetween(new Date(now.getTime() - NEWS_WINDOW_MS), now, NEWS_LIMIT);
  },
  () => [cacheTags.edition('ar'), cacheTags.edition('en')],
  300,
);

/**
 * A sitemap file's articles. Cut from the oldest end, a file changes only when one of its own
 * stories is edited or withdrawn: kept an hour rather than expired by every story of the edition
 * (`newest`, the file new stories go to, is expired with its edition).
 */
export const getArticleIndex = cachedRead(
  'article-index',
  (s, locale: Locale, from: IndexCut, before: IndexCut | undefined, limit: number) => s.articleIndex(locale, from, before, limit),
  // The newest file (no end) takes each new story: expired with the edition.
  (locale, _from, before) => (before ? [] : [cacheTags.edition(locale)]),
  3600,
);
/** Where each sitemap file starts; a new file appears when the newest fills up. */
export const getArticleIndexCuts = cachedRead(
  'article-index-cuts',
  (s, locale: Locale, every: number) => s.articleIndexCuts(locale, every),
  (locale) => [cacheTags.edition(locale)],
  300,
);
export const getSectionsUpdated = cache(cachedRead('sections-updated', (s, locale: Locale) => s.sectionsUpdated(locale), (locale) => [cacheTags.edition(locale)]));
export const listTags = cache(cachedRead('tags', (s, locale: Locale) => s.tags(locale), (locale) => [cacheTags.edition(locale)]));
export const getSections = cache(cachedRead('sections', (s) => s.sections(), () => [cacheTags.sections()]));
export const getMasthead = cache(cachedRead('masthead', (s) => s.masthead(), () => [cacheTags.masthead()]));

export async function getSection(slug: string): Promise<Section | undefined> {
  return (await getSections()).find((s) => s.slug === slug);
}

/** What every page's frame shows besides the page: the sections to navigate and the masthead. */
export interface SiteFrame {
  sections: Section[];
  masthead: MastheadEntry[];
}

export async function getSiteFrame(): Promise<SiteFrame> {
  const [sections, masthead] = await Promise.all([getSections(), getMasthead()]);
  return { sections, masthead };
}

export type { Article, ArticleTeaser, Page, Section } from './types';
