import type { MetadataRoute } from 'next';
import { getArticleIndex, getArticleIndexBlocks, getMastheadRecord, getSections, getSectionsUpdated, getWritersUpdated, listTags } from '@/lib/content';
import { indexBlockOf } from '@/lib/content/source';
import type { ArticleIndexEntry } from '@/lib/content/types';
import { newest } from '@/lib/feeds/dates';
import { articlePath, homePath, mastheadPath, sectionPath, SITEMAP_PATH, sitemapFilePath, tagPath, writerPath } from '@/lib/routes';
import { absoluteUrl, defaultLocale, locales, siteUrl, type Locale } from '@/lib/site';
import { escapeXml } from './xml';

/**
 * The sitemaps. /sitemap.xml is an index of files, each at most SITEMAP_LIMIT URLs (the protocol's
 * limit): /sitemaps/pages.xml (both front pages, each section and writer with stories in an edition,
 * every tag page) and, per edition, /sitemaps/articles-{ar|en}-{n}.xml — the edition's stories in
 * block n − 1 of ids (lib/content/source's INDEX_BLOCK_IDS, 5,000), so a file holds the same stories
 * however much news arrives (new ids open new blocks) and is expired only by a change to one of them;
 * the index lists the blocks with stories, found by one index probe each: the same cost at a million.
 * A list's lastmod is the newest updatedAt of what it lists, a story's when its page last changed
 * (modifiedAt: a correction too), so crawlers revisit only what changed; the last-48-hours list for
 * Google News is /news-sitemap.xml.
 */

type Entry = MetadataRoute.Sitemap[number];
type Languages = NonNullable<NonNullable<Entry['alternates']>['languages']>;

/** How many URLs one sitemap file may list: the protocol's limit. */
export const SITEMAP_LIMIT = 50_000;

/** hreflang for a page at `path(locale)` in each of `editions`; x-default is the Arabic one when it exists. */
function inEditions(path: (locale: Locale) => string, editions: readonly Locale[] = locales): Languages {
  const languages: Languages = { 'x-default': absoluteUrl(path(editions.includes(defaultLocale) ? defaultLocale : editions[0]!)) };
  for (const locale of editions) languages[locale] = absoluteUrl(path(locale));
  return languages;
}

/**
 * Pages of a kind that exist per edition only where they have stories (sections, writers): one entry
 * per edition they have stories in, dated by the newest, with alternates to those editions only.
 */
function listedPages(updated: Record<Locale, Record<string, string>>, path: (locale: Locale, key: string) => string, order?: readonly string[]): Entry[] {
  const entries: Entry[] = [];
  for (const locale of locales) {
    for (const key of order ?? Object.keys(updated[locale])) {
      const lastModified = updated[locale][key];
      if (!lastModified) continue;
      const editions = locales.filter((l) => updated[l][key]);
      entries.push({ url: absoluteUrl(path(locale, key)), lastModified, alternates: { languages: inEditions((l) => path(l, key), editions) } });
    }
  }
  return entries;
}

function articleEntry(article: ArticleIndexEntry, origin: string): Entry {
  const entry: Entry = {
    url: absoluteUrl(articlePath(article), origin),
    lastModified: article.modifiedAt,
    ...(article.image && { images: [absoluteUrl(article.image, origin)] }),
  };
  if (article.translation) {
    const pair = [article, article.translation];
    const languages: Languages = Object.fromEntries(pair.map((a) => [a.locale, absoluteUrl(articlePath(a), origin)]));
    const arabic = pair.find((a) => a.locale === defaultLocale) ?? article;
    languages['x-default'] = absoluteUrl(articlePath(arabic), origin);
    entry.alternates = { languages };
  }
  return entry;
}

/** Front pages, the masthead's, each section and writer page in the editions they have stories in, and tag pages. */
export async function pageEntries(): Promise<Entry[]> {
  const entries: Entry[] = [];
  const sections = await getSections();
  const perEdition = async (read: (locale: Locale) => Promise<Record<string, string>>) =>
    Object.fromEntries(await Promise.all(locales.map(async (locale) => [locale, await read(locale)] as const))) as Record<Locale, Record<string, string>>;
  const [sectionsUpdated, writersUpdated] = await Promise.all([perEdition(getSectionsUpdated), perEdition(getWritersUpdated)]);
  for (const locale of locales) {
    entries.push({ url: absoluteUrl(homePath(locale)), lastModified: newest(Object.values(sectionsUpdated[locale])), alternates: { languages: inEditions(homePath) } });
  }
  // The masthead's page, indexed in both editions like the front pages: changed when its
  // current term began (the first term, entered without a date, gives none).
  const since = (await getMastheadRecord())?.current.effectiveFrom;
  for (const locale of locales) {
    entries.push({ url: absoluteUrl(mastheadPath(locale)), ...(since && { lastModified: since }), alternates: { languages: inEditions(mastheadPath) } });
  }
  // A section or writer with nothing in an edition is no page of it (the proxy answers 404): not listed there.
  entries.push(...listedPages(sectionsUpdated, sectionPath, sections.map((s) => s.slug)));
  entries.push(...listedPages(writersUpdated, writerPath));
  for (const locale of locales) {
    for (const { tag, updatedAt } of await listTags(locale)) entries.push({ url: absoluteUrl(tagPath(locale, tag)), lastModified: updatedAt });
  }
  // The tag pages of a very large newsroom would fill more than one file: the most recently changed come
  // first, so a tag left out is one whose page has not changed for longest.
  return entries.slice(0, SITEMAP_LIMIT);
}

/** An edition's article file for a block of ids: file names count from 1. */
const articleFile = (locale: Locale, block: number) => sitemapFilePath('articles', locale, block + 1);

/** The sitemap file that lists a story. */
export const sitemapFileOf = (story: { id: number; locale: Locale }): string => articleFile(story.locale, indexBlockOf(story.id));

/**
 * Whether file `n` (from 1) of an edition's articles exists: its block holds a live story. Asked of
 * the cached list of blocks: a made-up file number costs no query and caches nothing. The proxy asks
 * it before the file's route does (a missing file is kept a minute, not the sitemaps' lifetime).
 */
export async function hasArticleFile(locale: Locale, n: number): Promise<boolean> {
  return (await getArticleIndexBlocks(locale)).includes(n - 1);
}

/** File `n` (from 1) of an edition's articles: block n − 1; undefined when it holds no live story. */
export async function articleEntries(locale: Locale, n: number): Promise<Entry[] | undefined> {
  if (!(await hasArticleFile(locale, n))) return undefined;
  const stories = await getArticleIndex(locale, n - 1);
  const origin = siteUrl();
  return stories.length ? stories.map((story) => articleEntry(story, origin)) : undefined;
}

/** The files /sitemap.xml lists. */
export async function sitemapFiles(): Promise<string[]> {
  const files = [sitemapFilePath('pages')];
  for (const locale of locales) {
    for (const block of await getArticleIndexBlocks(locale)) files.push(articleFile(locale, block));
  }
  return files;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>';

function lastmod(value: Entry['lastModified']): string {
  return value === undefined ? '' : `<lastmod>${escapeXml(value instanceof Date ? value.toISOString() : String(value))}</lastmod>`;
}

export function renderUrlset(entries: readonly Entry[]): string {
  const urls = entries.map((entry) => {
    const links = Object.entries(entry.alternates?.languages ?? {})
      .map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${escapeXml(lang)}" href="${escapeXml(String(href))}"/>`)
      .join('');
    const images = (entry.images ?? []).map((src) => `<image:image><image:loc>${escapeXml(src)}</image:loc></image:image>`).join('');
    return `<url><loc>${escapeXml(entry.url)}</loc>${links}${lastmod(entry.lastModified)}${images}</url>`;
  });
  return [
    XML_HEAD,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

export function renderIndex(paths: readonly string[]): string {
  return [
    XML_HEAD,
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...paths.map((path) => `<sitemap><loc>${escapeXml(absoluteUrl(path))}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
}

export { SITEMAP_PATH };
