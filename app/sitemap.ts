import type { MetadataRoute } from 'next';
import { getArticleIndex, getSections, getSectionsUpdated, getWritersUpdated, listTags } from '@/lib/content';
import type { ArticleIndexEntry } from '@/lib/content/types';
import { newest } from '@/lib/feeds/dates';
import { articlePath, homePath, sectionPath, tagPath, writerPath } from '@/lib/routes';
import { absoluteUrl, defaultLocale, locales, type Locale } from '@/lib/site';

type Entry = MetadataRoute.Sitemap[number];
type Languages = NonNullable<NonNullable<Entry['alternates']>['languages']>;


/** How many articles one sitemap file may list: the protocol's limit. */
const SITEMAP_LIMIT = 50_000;

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

/**
 * /sitemap.xml: both front pages, every section and writer page in each edition they have stories
 * in, every article and every tag page. lastmod is the newest updatedAt of what the page lists, so
 * crawlers revisit only what changed; the last-48-hours list for Google News is /news-sitemap.xml.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const entries: Entry[] = [];
  const sections = await getSections();
  const perEdition = async (read: (locale: Locale) => Promise<Record<string, string>>) =>
    Object.fromEntries(await Promise.all(locales.map(async (locale) => [locale, await read(locale)] as const))) as Record<Locale, Record<string, string>>;
  const [sectionsUpdated, writersUpdated] = await Promise.all([perEdition(getSectionsUpdated), perEdition(getWritersUpdated)]);
  for (const locale of locales) {
    entries.push({
      url: absoluteUrl(homePath(locale)),
      lastModified: newest(Object.values(sectionsUpdated[locale])),
      alternates: { languages: inEditions(homePath) },
    });
  }
  // A section or writer with nothing in an edition is no page of it (the proxy answers 404): not listed there.
  entries.push(...listedPages(sectionsUpdated, sectionPath, sections.map((s) => s.slug)));
  entries.push(...listedPages(writersUpdated, writerPath));
  for (const locale of locales) entries.push(...(await getArticleIndex(locale, 0, SITEMAP_LIMIT)).map(articleEntry));
  for (const locale of locales) {
    for (const { tag, updatedAt } of await listTags(locale)) entries.push({ url: absoluteUrl(tagPath(locale, tag)), lastModified: updatedAt });
  }
  return entries;
}
