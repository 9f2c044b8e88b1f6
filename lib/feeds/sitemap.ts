import type { MetadataRoute } from 'next';
import { getArticleIndex, getArticleIndexCuts, getSections, getSectionsUpdated, listTags } from '@/lib/content';
import type { ArticleIndexEntry } from '@/lib/content/types';
import { newest } from '@/lib/feeds/dates';
import { articlePath, homePath, sectionPath, SITEMAP_PATH, sitemapFilePath, tagPath } from '@/lib/routes';
import { absoluteUrl, defaultLocale, locales, type Locale } from '@/lib/site';
import { escapeXml } from './xml';

/**
 * The sitemaps. /sitemap.xml is an index of files, each at most SITEMAP_LIMIT URLs (the protocol's
 * limit): /sitemaps/pages.xml (both front pages, each section with stories in an edition, every tag
 * page) and, per edition, /sitemaps/articles-{ar|en}-{n}.xml — cut from the OLDEST end by key
 * ranges, so file n holds the same stories however much news arrives (only the newest file grows),
 * and each is read by one index walk from its first key (no OFFSET): the same cost at a million.
 * lastmod is the newest updatedAt of what a page lists, so crawlers revisit only what changed; the
 * last-48-hours list for Google News is /news-sitemap.xml.
 */

type Entry = MetadataRoute.Sitemap[number];
type Languages = NonNullable<NonNullable<Entry['alternates']>['languages']>;

/** How many URLs one sitemap file may list: the protocol's limit. */
export const SITEMAP_LIMIT = 50_000;

/** hreflang for a page that exists in every edition at `path(locale)`; x-default is the Arabic one. */
function everyEdition(path: (locale: Locale) => string): Languages {
  const languages: Languages = { 'x-default': absoluteUrl(path(defaultLocale)) };
  for (const locale of locales) languages[locale] = absoluteUrl(path(locale));
  return languages;
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

/** Front pages, sections with stories in that edition, and tag pages. */
export async function pageEntries(): Promise<Entry[]> {
  const entries: Entry[] = [];
  const sections = await getSections();
  for (const locale of locales) {
    const updated = await getSectionsUpdated(locale);
    entries.push({ url: absoluteUrl(homePath(locale)), lastModified: newest(Object.values(updated)), alternates: { languages: everyEdition(homePath) } });
    for (const { slug } of sections) {
      // A section with nothing in this edition yet is an empty page: not worth a crawler's visit.
      if (!updated[slug]) continue;
      entries.push({ url: absoluteUrl(sectionPath(locale, slug)), lastModified: updated[slug], alternates: { languages: everyEdition((l) => sectionPath(l, slug)) } });
    }
  }
  for (const locale of locales) {
    for (const { tag, updatedAt } of await listTags(locale)) entries.push({ url: absoluteUrl(tagPath(locale, tag)), lastModified: updatedAt });
  }
  // The tag pages of a very large newsroom would fill more than one file: the most used come first.
  return entries.slice(0, SITEMAP_LIMIT);
}

/** File `n` (1 = the oldest stories) of an edition's articles; undefined past the last file. */
export async function articleEntries(locale: Locale, n: number): Promise<Entry[] | undefined> {
  const cuts = await getArticleIndexCuts(locale, SITEMAP_LIMIT);
  const from = cuts[n - 1];
  if (!from) return undefined;
  // Up to the next file's first story: a story back-dated between two cuts joins the earlier file
  // (which stays within the limit: the next cuts, taken within minutes, move it along).
  return (await getArticleIndex(locale, from, cuts[n], SITEMAP_LIMIT)).map(articleEntry);
}

/** The files /sitemap.xml lists. */
export async function sitemapFiles(): Promise<string[]> {
  const files = [sitemapFilePath('pages')];
  for (const locale of locales) {
    const cuts = await getArticleIndexCuts(locale, SITEMAP_LIMIT);
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
