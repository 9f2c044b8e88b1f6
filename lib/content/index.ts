import { cache } from 'react';
import { cairoDate, nextCairoDayStart } from '@/lib/cairo-time';
import { dayNumber, egyptianHijri, type HijriDate } from '@/lib/hijri';
import { locales, type Locale } from '@/lib/locales';
import { earliest, liveUntil } from './lifetime';
import { linkedStories, withoutLinksTo } from './live-links';
import { mastheadAt, type MastheadRecord } from './masthead';
import { SEARCH_PAGE_SIZE } from '@/lib/search/query';
import type { ContentSource, RelatedTo } from './source';
import { cacheTags } from './tags';
import type { Article, ArticleTeaser, BreakingItem, MastheadEntry, Page, SearchResults, Section, Writer } from './types';
import { scriptRuns } from '@/lib/text';

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

// Section, writer and tag names are printed in the story too: a rename reaches it.
const readArticle = cachedRead('article', (s, id: number) => s.article(id), (id) => [cacheTags.article(id), cacheTags.sections(), cacheTags.writers(), cacheTags.tagNames()]);

/** A live story as readers get it: its links to stories they cannot open are words alone (lib/content/live-links). */
export const getArticle = cache(async (id: number): Promise<Article | undefined> => {
  const article = await readArticle(id);
  return article && withLiveLinks(article);
});

/**
 * The story with its links to stories that are not live dropped. Which are live is the cached list
 * of those stories (teasers), each under its own tag: the check costs nothing for a story that links
 * to none, and a withdrawal or a publication of a linked story expires it and the pages that show it.
 */
async function withLiveLinks(article: Article): Promise<Article> {
  const linked = linkedStories(article.body);
  if (!linked.length) return article;
  const live = new Set((await teasers(linked)).map((story) => story.id));
  return linked.every((id) => live.has(id)) ? article : { ...article, body: withoutLinksTo(article.body, live) };
}

/**
 * A live story as the database holds it now, past every cache: for what must know what changed
 * (app/api/revalidate expires the pages of both this and the cached copy readers were shown).
 */
export async function getArticleNow(id: number): Promise<Article | undefined> {
  return (await source()).article(id);
}

/** Whether a story is live, withdrawn or unknown: always fresh (the proxy asks it for every request). */
export const getArticleStatus = cache(async (id: number) => (await source()).articleStatus(id));

/** An editor's preview: the latest version, draft or not, read fresh every time (never cached). */
export async function getDraftArticle(id: number): Promise<Article | undefined> {
  return (await source()).draft(id);
}

export async function getTranslation(article: Article): Promise<Article | undefined> {
  return article.translationId === undefined ? undefined : getArticle(article.translationId);
}

/**
 * The names every list prints beside its stories: each story's section (and its slug, in the link),
 * and for an opinion piece its writer and column. A rename expires these tags (cms/hooks/revalidate).
 */
const listedNames = () => [cacheTags.sections(), cacheTags.writers()];

const latest = cachedRead(
  'latest',
  (s, locale: Locale, limit: number, exclude: readonly number[]) => s.latest(locale, limit, exclude),
  (locale) => [cacheTags.edition(locale), ...listedNames()],
);
export const listLatest = cache((locale: Locale, limit: number, exclude: readonly number[] = []) => latest(locale, limit, exclude));

const sectionPage = cachedRead(
  'section',
  (s, locale: Locale, section: string, page: number, pageSize: number): Promise<Page<ArticleTeaser>> => s.sectionPage(locale, section, page, pageSize),
  (locale, section) => [cacheTags.section(locale, section), ...listedNames()],
);
export const getSectionPage = cache((locale: Locale, section: string, page = 1, pageSize = LISTING_PAGE_SIZE) => sectionPage(locale, section, page, pageSize));

const tagPage = cachedRead(
  'tag',
  (s, locale: Locale, tag: string, page: number, pageSize: number): Promise<Page<ArticleTeaser>> => s.tagPage(locale, tag, page, pageSize),
  (locale, tag) => [cacheTags.tag(locale, tag), ...listedNames()],
);
export const getTagPage = cache((locale: Locale, tag: string, page = 1, pageSize = LISTING_PAGE_SIZE) => tagPage(locale, tag.normalize('NFC'), page, pageSize));

/**
 * How the edition spells a tag, letter case aside (ContentSource.tagSpelling): asked by the proxy
 * only for a tag page that does not exist (lib/pages/exists). Read fresh, never through the data
 * cache: every made-up tag would be a key of its own, kept for nobody.
 */
export const getTagSpelling = cache(async (locale: Locale, tag: string) => (await source()).tagSpelling(locale, tag.normalize('NFC')));

const related = cachedRead(
  'related',
  (s, article: RelatedTo, limit: number) => s.related(article, limit),
  // What decides the picks: the story's section and tags (not the whole edition: a new story
  // elsewhere must not expire every article page).
  (article) => [
    cacheTags.section(article.locale, article.section.slug),
    ...article.tags.map((tag) => cacheTags.tag(article.locale, tag)),
    ...listedNames(),
  ],
);

/** A story's related list is never shorter than this while the edition has stories: a short one is topped up with the newest. */
const RELATED_AT_LEAST = 3;

/**
 * The story's related stories, topped up with the edition's newest when few share its tags or
 * section. The top-up is a read of its own, tagged with the edition: read inside the related read,
 * under the section's and tags' tags only, a story withdrawn elsewhere in the edition stayed on the
 * list (a link to a 410) until the story's own section or tags changed.
 */
export const listRelated = cache(async (article: Article, limit = 4): Promise<ArticleTeaser[]> => {
  const picks = await related({ id: article.id, locale: article.locale, tags: article.tags, section: { slug: article.section.slug } }, limit);
  const wanted = Math.min(RELATED_AT_LEAST, limit);
  if (picks.length >= wanted) return picks;
  // One list per edition, whatever the story: the story and its picks (fewer than `wanted`) are
  // left out here, so twice `wanted` always leaves enough.
  const taken = new Set([article.id, ...picks.map((pick) => pick.id)]);
  const newest = await listLatest(article.locale, 2 * wanted);
  return [...picks, ...newest.filter((story) => !taken.has(story.id)).slice(0, wanted - picks.length)];
});

/**
 * Search results, read fresh for each request and never through the data cache: every query is a
 * key of its own, so a flood of made-up queries would fill that cache (files under the build
 * folder) with entries nobody asks for twice — and no tag could say when one went stale. The
 * database answers in milliseconds (scripts/search-bench.ts). React's cache still lets a page and
 * its metadata share one read.
 */
export const searchArticles = cache(
  async (locale: Locale, query: string, page: number, pageSize = SEARCH_PAGE_SIZE): Promise<SearchResults> => (await source()).search(locale, query, page, pageSize),
);

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
 * A block of an edition's archive (a sitemap file): expired by a change to one of its own stories
 * (lib/content/tags' storyTags), so news does not expire the archive's files. An hour is the net for
 * what no hook sees — a story withdrawn in SQL, a read made between a save and its commit.
 */
export const getArticleIndex = cachedRead(
  'article-index',
  (s, locale: Locale, block: number) => s.articleIndex(locale, block),
  (locale, block) => [cacheTags.articleIndex(locale, block)],
  3600,
);
/** Which blocks of ids an edition has live stories in: a new one opens with a story, so expired with the edition (and hourly, as above). */
export const getArticleIndexBlocks = cachedRead(
  'article-index-blocks',
  (s, locale: Locale) => s.articleIndexBlocks(locale),
  (locale) => [cacheTags.edition(locale)],
  3600,
);
export const getSectionsUpdated = cache(cachedRead('sections-updated', (s, locale: Locale) => s.sectionsUpdated(locale, LISTING_PAGE_SIZE), (locale) => [cacheTags.edition(locale), cacheTags.sections()]));
export const listTags = cache(cachedRead('tags', (s, locale: Locale) => s.tags(locale, LISTING_PAGE_SIZE), (locale) => [cacheTags.edition(locale)]));
export const getSections = cache(cachedRead('sections', (s) => s.sections(), () => [cacheTags.sections()]));

/**
 * The slugs of the sections an edition has live stories in. Tagged apart from the edition, so an
 * edit to a story does not expire every page's navigation (sectionPresenceTags says when it
 * changes); five minutes as the net for stories that come due on schedule.
 */
const populatedSections = cache(
  cachedRead(
    'edition-sections',
    (s, locale: Locale) => s.populatedSections(locale),
    (locale) => [cacheTags.editionSections(locale), cacheTags.sections()],
    300,
  ),
);

/** The sections an edition shows — in the navigation, on the front page, in sitemaps: those with stories in it. */
export async function getEditionSections(locale: Locale): Promise<Section[]> {
  const [sections, populated] = await Promise.all([getSections(), populatedSections(locale)]);
  return sections.filter((section) => populated.includes(section.slug));
}

/** "Most read": views of the last 24 hours (whole hours, lib/reads), ten stories per edition. */
export const MOST_READ_WINDOW_HOURS = 24;
export const MOST_READ_WINDOW_MS = MOST_READ_WINDOW_HOURS * 3_600_000;
export const MOST_READ_LIMIT = 10;
/** How long a ranking is kept before it is counted again (the reads route also renews it as views arrive). */
export const MOST_READ_SECONDS = 300;

/** The hour the window starts in: hourly counts are summed from there. */
export function mostReadSince(now: Date): Date {
  const start = now.getTime() - MOST_READ_WINDOW_MS;
  return new Date(start - (start % 3_600_000));
}

const mostReadIds = cachedRead(
  'most-read',
  (s, locale: Locale, limit: number) => s.mostRead(locale, mostReadSince(new Date()), limit),
  (locale) => [cacheTags.mostRead(locale)],
  MOST_READ_SECONDS,
);

/** Stories by id, each tagged with its own article tag: an edit or a withdrawal reaches every list showing it. */
const teasers = cachedRead('teasers', (s, ids: readonly number[]) => s.teasers(ids), (ids) => [...ids.map(cacheTags.article), ...listedNames()]);

/** The edition's most read stories: the ranking is cached apart from the stories, so a corrected headline shows at once. */
export const listMostRead = cache(async (locale: Locale, limit = MOST_READ_LIMIT): Promise<ArticleTeaser[]> => teasers(await mostReadIds(locale, limit)));

export const getWriter = cache(cachedRead('writer', (s, slug: string): Promise<Writer | undefined> => s.writer(slug), (slug) => [cacheTags.writer(slug), cacheTags.writers()]));

const writerPage = cachedRead(
  'writer-page',
  (s, locale: Locale, slug: string, page: number, pageSize: number): Promise<Page<ArticleTeaser>> => s.writerPage(locale, slug, page, pageSize),
  (_locale, slug) => [cacheTags.writer(slug), ...listedNames()],
);
export const getWriterPage = cache((locale: Locale, slug: string, page = 1, pageSize = LISTING_PAGE_SIZE) => writerPage(locale, slug, page, pageSize));

export const getWritersUpdated = cache(
  cachedRead('writers-updated', (s, locale: Locale) => s.writersUpdated(locale, LISTING_PAGE_SIZE), (locale) => [cacheTags.edition(locale), cacheTags.writers()]),
);

const mastheadTerms = cache(cachedRead('masthead-terms', (s) => s.mastheadTerms(), () => [cacheTags.masthead()]));
// Every page's frame reads the offsets to print today's date: the date line's tag rides on this read.
const hijriOffsets = cache(cachedRead('hijri-offsets', (s) => s.hijriOffsets(), () => [cacheTags.hijri(), cacheTags.dateLine()]));

/** At most this many breaking items are shown at once: the newest. */
export const BREAKING_LIMIT = 3;
const breakingItems = cache(
  cachedRead('breaking', (s, locale: Locale) => s.breaking(locale, BREAKING_LIMIT), (locale) => [cacheTags.breaking(locale)]),
);

/** What was live when it was read, still live now (a cached list keeps an item past its expiry). */
const stillLive = (items: readonly BreakingItem[], now: Date) => items.filter((item) => Date.parse(item.expiresAt) > now.getTime());
const firstExpiry = (items: readonly BreakingItem[]) => earliest(items.map((item) => item.expiresAt));

/**
 * An edition's live breaking news, for the strip's JSON (app/api/breaking-news). The answer's cached
 * copy ends when its first item expires, so an expired line is never served for long.
 */
export async function getBreaking(locale: Locale, now = new Date()): Promise<BreakingItem[]> {
  const live = stillLive(await breakingItems(locale), now);
  await liveUntil(firstExpiry(live), now);
  return live.map((item) => withScriptRuns(item, locale));
}

/** A line with words in the other edition's script carries its runs (BreakingItem.runs); one in the edition's alone, none. */
function withScriptRuns(item: BreakingItem, locale: Locale): BreakingItem {
  const runs = scriptRuns(item.text, locale);
  return runs.some((run) => run.lang) ? { ...item, runs } : item;
}

/** The masthead at /masthead: the term in force and the ones before it. Its copy ends when a scheduled term begins. */
export async function getMastheadRecord(now = new Date()): Promise<MastheadRecord | undefined> {
  const record = mastheadAt(await mastheadTerms(), now);
  await liveUntil(record?.next ? new Date(record.next) : undefined, now);
  return record;
}

export async function getSection(slug: string): Promise<Section | undefined> {
  return (await getSections()).find((s) => s.slug === slug);
}

/** Today as the date line prints it: the civil day in Cairo and its Hijri date as Egypt keeps it. */
export interface Today {
  /** "2026-11-29" */
  day: string;
  hijri: HijriDate;
}

/** What every page's frame shows besides the page: sections, masthead, breaking news, the date line. */
export interface SiteFrame {
  /** Every section, in navigation order. */
  sections: Section[];
  /** The sections each edition shows: those with stories in it (getEditionSections). */
  sectionsIn: Record<Locale, Section[]>;
  masthead: MastheadEntry[];
  /**
   * Each edition's live breaking news; a page shows its own. Both are read so that pages keep
   * asking for the frame alone, as they always have (a few items, changed rarely).
   */
  breaking: Record<Locale, BreakingItem[]>;
  today: Today;
}

/**
 * The frame, as of `now`. Its parts that change by the clock end the page's cached copy when they
 * do (lib/content/lifetime): Cairo's midnight (the date line), the first breaking item's expiry,
 * a scheduled masthead term's start — whichever comes first.
 */
export async function getSiteFrame(now = new Date()): Promise<SiteFrame> {
  const [sections, terms, offsets, ar, en, ...editions] = await Promise.all([
    getSections(),
    mastheadTerms(),
    hijriOffsets(),
    breakingItems('ar'),
    breakingItems('en'),
    ...locales.map(getEditionSections),
  ]);
  const sectionsIn = Object.fromEntries(locales.map((locale, i) => [locale, editions[i]!])) as Record<Locale, Section[]>;
  const masthead = mastheadAt(terms, now);
  const breaking = { ar: stillLive(ar, now), en: stillLive(en, now) };
  const day = cairoDate(now);
  await liveUntil(earliest([nextCairoDayStart(now), masthead?.next, firstExpiry([...breaking.ar, ...breaking.en])]), now);
  return {
    sections,
    sectionsIn,
    masthead: masthead?.current.entries ?? [],
    breaking,
    today: { day, hijri: egyptianHijri(dayNumber(day), offsets) },
  };
}

export type { Article, ArticleTeaser, BreakingItem, MastheadEntry, MastheadTerm, Page, SearchResults, Section, Writer } from './types';
export type { MastheadRecord } from './masthead';
