import { defaultLocale, isLocale, type Locale } from './locales';

/**
 * The route table: every URL the site answers, as data. Links, the proxy's checks, sitemaps,
 * feeds and cache invalidation all derive from it, so a change of URL scheme is one edit here.
 * Arabic (the default edition) has no prefix; English lives under /en. Paths only, and
 * dependency-free so client code may use it; absolute URLs come from `absoluteUrl` in lib/site.
 *
 * The app/ folders must mirror the patterns below (app/[locale]/news/[id], …); the route table's
 * tests walk app/ to keep the two in step.
 */

/** A reader page, with its parameters already parsed and valid in form. */
export type PageRoute =
  | { kind: 'home' }
  | { kind: 'article'; id: number }
  | { kind: 'section'; section: string; page: number }
  | { kind: 'tag'; tag: string; page: number }
  /** A columnist's page: their pieces in the edition, newest first. */
  | { kind: 'writer'; writer: string; page: number }
  /** The paper's leadership (هيئة التحرير): the term in force and the ones before it. */
  | { kind: 'masthead' }
  /** Search: the query and the result page travel in the query string (?q=…&page=2), read by the page. */
  | { kind: 'search' }
  /** The empty control page that byte budgets and benchmarks compare against; never linked or indexed. */
  | { kind: 'control' };

/** A listing: a section's, a tag's or a writer's stories, a page at a time. */
export type ListingRoute = Extract<PageRoute, { kind: 'section' | 'tag' | 'writer' }>;

export function localePrefix(locale: Locale): string {
  return locale === defaultLocale ? '' : `/${locale}`;
}

/** Listings paginate in the path (`/section/economy/page/2`), so every page can be statically cached. */
function pageSuffix(page: number): string {
  return page > 1 ? `/page/${page}` : '';
}

/** The path of a page in an edition. */
export function pagePath(locale: Locale, route: PageRoute): string {
  const prefix = localePrefix(locale);
  switch (route.kind) {
    case 'home':
      return prefix || '/';
    case 'article':
      return `${prefix}/news/${route.id}`;
    case 'section':
      return `${prefix}/section/${route.section}${pageSuffix(route.page)}`;
    case 'tag':
      return `${prefix}/tag/${encodeURIComponent(route.tag.normalize('NFC'))}${pageSuffix(route.page)}`;
    case 'writer':
      return `${prefix}/writer/${route.writer}${pageSuffix(route.page)}`;
    case 'masthead':
      return `${prefix}/masthead`;
    case 'search':
      return `${prefix}/search`;
    case 'control':
      return `${prefix}/blank`;
  }
}

export const homePath = (locale: Locale) => pagePath(locale, { kind: 'home' });
export const articlePath = (article: { id: number; locale: Locale }) => pagePath(article.locale, { kind: 'article', id: article.id });
export const sectionPath = (locale: Locale, section: string, page = 1) => pagePath(locale, { kind: 'section', section, page });
export const tagPath = (locale: Locale, tag: string, page = 1) => pagePath(locale, { kind: 'tag', tag, page });
export const writerPath = (locale: Locale, writer: string, page = 1) => pagePath(locale, { kind: 'writer', writer, page });
export const controlPath = (locale: Locale) => pagePath(locale, { kind: 'control' });
export const mastheadPath = (locale: Locale) => pagePath(locale, { kind: 'masthead' });

/** A search in an edition: `/search?q=…&page=2` (no query: the empty search page; page 1 has no parameter). */
export function searchPath(locale: Locale, query?: string, page = 1): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return `${pagePath(locale, { kind: 'search' })}${search ? `?${search}` : ''}`;
}

/** Article ids are PostgreSQL integers (the CMS's serial ids): alwafd.news is past 5,385,000, far below this. */
export const MAX_ARTICLE_ID = 2_147_483_647;

/**
 * Where generated rows live. Articles, tags and writers made by the archive generator take ids
 * from here upward — far above anything the newsroom's serial sequences will reach and still
 * inside PostgreSQL's integer (MAX_ARTICLE_ID). So a re-run, a reset or the import can tell
 * generated rows from real ones by id alone, and no imported story may take an id here.
 */
export const ARCHIVE_BASE = 1_000_000_000;

/**
 * Reads a numeric article id from a URL segment. Only plain positive integers an article can have
 * pass; "1e3", "007", "-1" and anything past MAX_ARTICLE_ID do not, so they 404.
 */
export function parseArticleId(segment: string): number | undefined {
  if (!/^[1-9][0-9]{0,9}$/.test(segment)) return undefined;
  const id = Number(segment);
  return id <= MAX_ARTICLE_ID ? id : undefined;
}

/**
 * A listing's deepest page. At twenty a page that is 20 million stories in one section, tag or
 * writer: the paper's whole archive (ids past 5.38 million) fits in any one of them. Deep pages cost
 * what the first does (keyset pagination from marks), so the limit only keeps page numbers sane.
 */
export const MAX_LISTING_PAGE = 999_999;

/** A listing's page number from the path: 2 to MAX_LISTING_PAGE; page 1 has no segment, anything else 404s. */
export function parsePageNumber(segment: string): number | undefined {
  return /^[1-9][0-9]*$/.test(segment) && segment !== '1' && Number(segment) <= MAX_LISTING_PAGE ? Number(segment) : undefined;
}

/** Whether a listing's page links to a next one: never past the deepest page, whose "next" would 404. */
export function listingContinues(page: number, moreStories: boolean): boolean {
  return moreStories && page < MAX_LISTING_PAGE;
}

/** Section slugs: lowercase Latin words joined by hyphens (the CMS enforces the same). */
export const SECTION_SLUG = /^[a-z][a-z-]{0,29}$/;

/** Writer slugs: lowercase Latin words and digits joined by hyphens. */
export const WRITER_SLUG = /^[a-z][a-z0-9-]{0,59}$/;

/** The longest tag, in characters: content refuses longer ones, so a longer segment names nothing. */
export const MAX_TAG_LENGTH = 60;

/**
 * Decodes a percent-encoded segment (Arabic tags arrive encoded); malformed input, control
 * characters and bidi controls give undefined, never a throw.
 */
export function decodeSegment(segment: string): string | undefined {
  try {
    const decoded = decodeURIComponent(segment).normalize('NFC');
    return /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(decoded) ? undefined : decoded;
  } catch {
    return undefined;
  }
}

/** `[…, 'page', N]` → N; no suffix → 1; anything else → undefined. */
function listingPage(rest: readonly string[]): number | undefined {
  if (rest.length === 0) return 1;
  if (rest.length !== 2 || rest[0] !== 'page') return undefined;
  return parsePageNumber(rest[1]!);
}

/**
 * The page a path (below its edition prefix, split into raw segments) names by its form alone,
 * or undefined when no page could ever live there. Whether the article, section or tag exists is
 * a question for the content (lib/pages/exists).
 */
export function matchPage(segments: readonly string[]): PageRoute | undefined {
  const [kind, key, ...rest] = segments;
  if (kind === undefined) return { kind: 'home' };
  if (kind === 'blank') return key === undefined ? { kind: 'control' } : undefined;
  if (kind === 'masthead') return key === undefined ? { kind: 'masthead' } : undefined;
  if (kind === 'search') return key === undefined ? { kind: 'search' } : undefined;
  if (key === undefined) return undefined;
  if (kind === 'news') {
    const id = rest.length ? undefined : parseArticleId(key);
    return id === undefined ? undefined : { kind: 'article', id };
  }
  const page = listingPage(rest);
  if (page === undefined) return undefined;
  if (kind === 'section') return SECTION_SLUG.test(key) ? { kind: 'section', section: key, page } : undefined;
  if (kind === 'writer') return WRITER_SLUG.test(key) ? { kind: 'writer', writer: key, page } : undefined;
  if (kind === 'tag') {
    const tag = decodeSegment(key);
    return tag && tag.length <= MAX_TAG_LENGTH ? { kind: 'tag', tag, page } : undefined;
  }
  return undefined;
}

/**
 * `/section/economy/page/1` (likewise a tag's or a writer's): the listing's first page under the path
 * readers and other sites write for it, though page 1 has no segment. The listing (page 1) when
 * the rest of the path has a listing's form, for a permanent redirect to its one URL (pagePath);
 * the proxy sends it there only once the listing is known to exist. Any other page number that is
 * no page number (0, 01, x) names nothing, as before.
 */
export function firstPageAlias(segments: readonly string[]): ListingRoute | undefined {
  if (segments.length !== 4 || segments[2] !== 'page' || segments[3] !== '1') return undefined;
  const route = matchPage(segments.slice(0, 2));
  return route?.kind === 'section' || route?.kind === 'tag' || route?.kind === 'writer' ? route : undefined;
}

/** A raw path split into its edition and the segments below the edition prefix. */
export function splitEdition(rawPath: string): { locale: Locale; explicitDefault: boolean; segments: string[] } {
  const segments = rawPath.split('/').filter(Boolean);
  const first = segments[0];
  if (isLocale(first)) return { locale: first, explicitDefault: first === defaultLocale, segments: segments.slice(1) };
  return { locale: defaultLocale, explicitDefault: false, segments };
}

/**
 * Old alwafd.news links (`/5178620`, `/essay/5178620`): the article they name, for a permanent
 * redirect to its canonical URL.
 */
export function legacyArticleId(rawPath: string): number | undefined {
  const match = /^\/(?:essay\/)?([0-9]{1,10})\/?$/.exec(rawPath);
  return match ? parseArticleId(match[1]!) : undefined;
}

// Files: feeds, maps, cards, images, icons. Each has a route handler or a file in public/.

export const SITEMAP_PATH = '/sitemap.xml';
export const NEWS_SITEMAP_PATH = '/news-sitemap.xml';

/** The files /sitemap.xml lists (lib/feeds/sitemap): pages.xml, and articles-{edition}-{n}.xml, n from 1 (a block of ids each). */
export const SITEMAP_FILES = '/sitemaps';
export type SitemapFile = { kind: 'pages' } | { kind: 'articles'; locale: Locale; n: number };

export function sitemapFilePath(kind: 'pages'): string;
export function sitemapFilePath(kind: 'articles', locale: Locale, n: number): string;
export function sitemapFilePath(kind: 'pages' | 'articles', locale?: Locale, n?: number): string {
  return kind === 'pages' ? `${SITEMAP_FILES}/pages.xml` : `${SITEMAP_FILES}/articles-${locale}-${n}.xml`;
}

const SITEMAP_FILE = /^(?:pages|articles-(ar|en)-([1-9][0-9]{0,5}))\.xml$/;

/** The sitemap file a name (`articles-ar-3.xml`) names, or undefined. */
export function parseSitemapFile(name: string): SitemapFile | undefined {
  const match = SITEMAP_FILE.exec(name);
  if (!match) return undefined;
  return match[1] ? { kind: 'articles', locale: match[1] as Locale, n: Number(match[2]) } : { kind: 'pages' };
}
export const ROBOTS_PATH = '/robots.txt';
/** An edition's web app manifest (lib/manifest.ts): each edition installs as its own app. */
export const manifestPath = (locale: Locale) => `${localePrefix(locale)}/manifest.webmanifest`;

/**
 * An edition's live breaking news as JSON, which the strip on an open page polls
 * (app/api/breaking-news). Not /api/breaking/…: that is the CMS's REST API for the collection.
 */
export const breakingPath = (locale: Locale) => `/api/breaking-news/${locale}`;

/** Where a reader's view is counted (app/api/read): the story page's beacon posts its id. */
export const READ_PATH = '/api/read';
/** Expires pages on request (app/api/revalidate). */
export const REVALIDATE_PATH = '/api/revalidate';
/** An editor's preview: turns on draft mode, then opens the story at its real URL (app/api/preview). */
export const previewPath = (id: number) => `/api/preview?id=${id}`;

/**
 * The pages the proxy answers with in place of the one asked for — never linked, always under the
 * [locale] segment (the Arabic edition's too): an edition's 404 and 410 pages, and a story's draft
 * rendered for an editor in draft mode.
 */
export const missingPagePath = (locale: Locale) => `/${locale}/missing`;
export const gonePagePath = (locale: Locale) => `/${locale}/gone`;
export const draftPagePath = (locale: Locale, id: number) => `/${locale}/preview/news/${id}`;

/** A feed sits beside the page it mirrors (`/section/economy` → `/section/economy/rss.xml`). */
export function rssPath(locale: Locale, section?: string): string {
  return section === undefined ? `${localePrefix(locale)}/rss.xml` : `${sectionPath(locale, section)}/rss.xml`;
}

/** The page a feed mirrors: its channel <link>. */
export function feedPagePath(locale: Locale, section?: string): string {
  return section === undefined ? homePath(locale) : sectionPath(locale, section);
}

/** A writer's feed beside their page (`/writer/salma-abdelhamid/rss.xml`). */
export function writerRssPath(locale: Locale, writer: string): string {
  return `${writerPath(locale, writer)}/rss.xml`;
}

const LOCALE_PREFIX = '(?:/en)?';
/**
 * Paths that are files, not pages: the proxy passes them on without the page checks. Exactly the
 * file routes above and the folders of public files — not "anything with a dot", which let junk
 * like /tag/x.html past the checks and into the page cache.
 */
const FILE_ROUTES = new RegExp(
  [
    `^${LOCALE_PREFIX}/rss\\.xml$`,
    `^${LOCALE_PREFIX}/section/[^/]+/rss\\.xml$`,
    `^${LOCALE_PREFIX}/writer/[^/]+/rss\\.xml$`,
    `^${SITEMAP_PATH.replace('.', '\\.')}$`,
    `^${NEWS_SITEMAP_PATH.replace(/[.-]/g, '\\$&')}$`,
    `^${SITEMAP_FILES}/${SITEMAP_FILE.source.slice(1)}`,
    `^${ROBOTS_PATH.replace('.', '\\.')}$`,
    `^${LOCALE_PREFIX}/manifest\\.webmanifest$`,
    '^/(?:icon\\.svg|apple-icon\\.png|favicon\\.ico)$',
    '^/(?:cards|images|icons)/',
    // Next's assets and image optimizer, Vercel's own paths and the CMS's API. Not the folders'
    // bare names, nor other paths under /_next: those name nothing, and as "files" they reached the
    // app as a locale called "api" or "_next" — Next's empty error shell, not the edition's 404 page.
    '^/(?:_next/static/|_next/image$|_vercel/|api/)',
  ].join('|'),
);

/** The section a section feed's path names (`/en/section/economy/rss.xml` → en, economy). */
export function sectionFeedOf(rawPath: string): { locale: Locale; section: string } | undefined {
  const match = /^(?:\/(en))?\/section\/([^/]+)\/rss\.xml$/.exec(rawPath);
  if (!match) return undefined;
  return { locale: (match[1] as Locale | undefined) ?? defaultLocale, section: match[2]! };
}

/** The writer a writer's feed path names (`/en/writer/salma-abdelhamid/rss.xml` → en, salma-abdelhamid). */
export function writerFeedOf(rawPath: string): { locale: Locale; writer: string } | undefined {
  const match = /^(?:\/(en))?\/writer\/([^/]+)\/rss\.xml$/.exec(rawPath);
  if (!match) return undefined;
  return { locale: (match[1] as Locale | undefined) ?? defaultLocale, writer: match[2]! };
}

export function isFilePath(rawPath: string): boolean {
  return FILE_ROUTES.test(rawPath);
}
