import type { MetadataRoute } from 'next';
import { getTranslation, listAll, listTags } from '@/lib/content/repository';
import type { Article } from '@/lib/content/types';
import { newest } from '@/lib/feeds/dates';
import { articlePath, homePath, sectionPath, tagPath } from '@/lib/routes';
import { absoluteUrl, defaultLocale, locales, site, type Locale } from '@/lib/site';

type Entry = MetadataRoute.Sitemap[number];
type Languages = NonNullable<NonNullable<Entry['alternates']>['languages']>;

// Regenerated with the pages, so a new article is listed within 5 minutes of appearing.
export const revalidate = 300;

/** hreflang for a page that exists in every edition at `path(locale)`; x-default is the Arabic one. */
function everyEdition(path: (locale: Locale) => string): Languages {
  const languages: Languages = { 'x-default': absoluteUrl(path(defaultLocale)) };
  for (const locale of locales) languages[locale] = absoluteUrl(path(locale));
  return languages;
}

function articleEntry(article: Article): Entry {
  const entry: Entry = {
    url: absoluteUrl(articlePath(article)),
    lastModified: article.updatedAt,
    images: [absoluteUrl(article.image.src)],
  };
  const translation = getTranslation(article);
  if (translation) {
    const pair = [article, translation];
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
export default function sitemap(): MetadataRoute.Sitemap {
  const entries: Entry[] = [];
  for (const locale of locales) {
    const articles = listAll(locale);
    entries.push({
      url: absoluteUrl(homePath(locale)),
      lastModified: newest(articles.map((a) => a.updatedAt)),
      alternates: { languages: everyEdition(homePath) },
    });
    for (const section of site.sections) {
      const lastModified = newest(articles.filter((a) => a.section === section).map((a) => a.updatedAt));
      // A section with nothing in this edition yet is an empty page: not worth a crawler's visit.
      if (!lastModified) continue;
      entries.push({
        url: absoluteUrl(sectionPath(locale, section)),
        lastModified,
        alternates: { languages: everyEdition((l) => sectionPath(l, section)) },
      });
    }
  }
  for (const locale of locales) entries.push(...listAll(locale).map(articleEntry));
  for (const locale of locales) {
    for (const { tag, updatedAt } of listTags(locale)) entries.push({ url: absoluteUrl(tagPath(locale, tag)), lastModified: updatedAt });
  }
  return entries;
}
