import type { MetadataRoute } from 'next';
import { getArticleIndex, getArticleIndexCuts, getSections, getSectionsUpdated, getWritersUpdated, listTags } from '@/lib/content';
import type { ArticleIndexEntry } from '@/lib/content/types';
import { newest } from '@/lib/feeds/dates';
import { articlePath, homePath, sectionPath, SITEMAP_PATH, sitemapFilePath, tagPath, writerPath } from '@/lib/routes';
import { absoluteUrl, defaultLocale, locales, type Locale } from '@/lib/site';
import { escapeXml } from './xml';

/**
 * The sitemaps. /sitemap.xml is an index of files, each at most SITEMAP_LIMIT URLs (the protocol's
 * limit; article files STORIES_PER_FILE): /sitemaps/pages.xml (both front pages, each section and writer with stories in an edition,
 * every tag page) and, per edition, /sitemaps/articles-{ar|en}-{n}.xml — cut from the OLDEST end by key
 * ranges, so file n holds the same stories however much news arrives (only the newest file grows),
 * and each is read by one index walk from its first key (no OFFSET): the same cost at a million.
 * lastmod is the newest updatedAt of what a page lists, so crawlers revisit only what changed; the
 * last-48-hours list for Google News is /news-sitemap.xml.
 */

type Entry = MetadataRoute.Sitemap[number];
type Languages = NonNullable<NonNullable<Entry['alternates']>['languages']>;

/** How many URLs one sitemap file may list: the protocol's limit. */
export const SITEMAP_LIMIT = 50_000;

/**
 * Stories per article file, below the protocol's limit: one file's stories must fit one item of
 * Next's data cache (2 MB at most). 50,000 stories were 6.7 MB, never cached, so every request for
 * the file read them again — 2.4 s each at 320,000 stories. 5,000 with the longest picture
 * addresses (the media store's) and a translation each are ≈ 1.5 MB.
 */
export const STORIES_PER_FILE = 5_000;

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

function articleEntry(article: ArticleIndexEntry): Entry {
  const entry: Entry = {
    url: absoluteUrl(articlePath(article)),
    lastModified: article.updatedAt,
    ...(article.image && { images: [absoluteUrl(article.image)] }),
  };
  if (article.translation) {
    const pair = [article, article.translation];
    const languages: Languages = Object.fromEntries(pair.map((a) => [a.locale, absoluteUrl(articlePath(a))]));
    const arabic = pair.find((a) => a.locale === defaultLocale) ?? article;
    languages['x-default'] = absoluteUrl(articlePath(arabic));
    entry.alternates = { languages };
  }
  return entry;
}

/** Front pages, each section and writer page in the editions they have stories in, and tag pages. */
export async function pageEntries(): Promise<Entry[]> {
  const entries: Entry[] = [];
  const sections = await getSections();
  const perEdition = async (read: (locale: Locale) => Promise<Record<string, string>>) =>
    Object.fromEntries(await Promise.all(locales.map(async (locale) => [locale, await read(locale)] as const))) as Record<Locale, Record<string, string>>;
  const [sectionsUpdated, writersUpdated] = await Promise.all([perEdition(getSectionsUpdated), perEdition(getWritersUpdated)]);
  for (const locale of locales) {
    entries.push({ url: absoluteUrl(homePath(locale)), lastModified: newest(Object.values(sectionsUpdated[locale])), alternates: { languages: inEditions(homePath) } });
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

/** Before any story: file 1 starts here, so a story back-dated before the first cut is still listed. */
const BEGINNING = { at: '0001-01-01T00:00:00.000Z', id: 0 };

/** File `n` (1 = the oldest stories) of an edition's articles; undefined past the last file. */
export async function articleEntries(locale: Locale, n: number): Promise<Entry[] | undefined> {
  const cuts = await getArticleIndexCuts(locale, STORIES_PER_FILE);
  if (!cuts[n - 1]) return undefined;
  // Up to the next file's first story. Cuts are counted hourly, not per story: a story back-dated
  // between two cuts joins the earlier file, and the newest file (no end) takes every new one —
  // each within the protocol's limit until the next count moves the cuts along.
  return (await getArticleIndex(locale, n === 1 ? BEGINNING : cuts[n - 1]!, cuts[n], SITEMAP_LIMIT)).map(articleEntry);
}

/** The files /sitemap.xml lists. */
export async function sitemapFiles(): Promise<string[]> {
  const files = [sitemapFilePath('pages')];
  for (const locale of locales) {
    const cuts = await getArticleIndexCuts(locale, STORIES_PER_FILE);
    cuts.forEach((_, i) => files.push(sitemapFilePath('articles', locale, i + 1)));
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
