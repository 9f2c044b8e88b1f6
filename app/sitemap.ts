import type { MetadataRoute } from 'next';
import { getArticleIndex, getSections, getSectionsUpdated, listTags } from '@/lib/content';
import type { ArticleIndexEntry } from '@/lib/content/types';
import { newest } from '@/lib/feeds/dates';
import { articlePath, homePath, sectionPath, tagPath } from '@/lib/routes';
import { absoluteUrl, defaultLocale, locales, type Locale } from '@/lib/site';

type Entry = MetadataRoute.Sitemap[number];
type Languages = NonNullable<NonNullable<Entry['alternates']>['languages']>;


/** How many articles one sitemap file may list: the protocol's limit. */
const SITEMAP_LIMIT = 50_000;

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

/**
 * /sitemap.xml: both front pages, every section page in both editions, every article and every
 * tag page. lastmod is the newest updatedAt of what the page lists, so crawlers revisit only
 * what changed; the last-48-hours list for Google News is /news-sitemap.xml.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const entries: Entry[] = [];
  const sections = await getSections();
  for (const locale of locales) {
    const updated = await getSectionsUpdated(locale);
    entries.push({
      url: absoluteUrl(homePath(locale)),
      lastModified: newest(Object.values(updated)),
      alternates: { languages: everyEdition(homePath) },
    });
    for (const { slug } of sections) {
      // A section with nothing in this edition yet is an empty page: not worth a crawler's visit.
      if (!updated[slug]) continue;
      entries.push({
        url: absoluteUrl(sectionPath(locale, slug)),
        lastModified: updated[slug],
        alternates: { languages: everyEdition((l) => sectionPath(l, slug)) },
      });
    }
  }
  for (const locale of locales) entries.push(...(await getArticleIndex(locale, 0, SITEMAP_LIMIT)).map(articleEntry));
  for (const locale of locales) {
    for (const { tag, updatedAt } of await listTags(locale)) entries.push({ url: absoluteUrl(tagPath(locale, tag)), lastModified: updatedAt });
  }
  return entries;
}
