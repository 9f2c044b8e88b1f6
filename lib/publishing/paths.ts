import type { Article } from '@/lib/content/types';
import { listBySection, listByTag } from '@/lib/content/repository';
import { NEWS_SITEMAP_PATH, SITEMAP_PATH, rssPath } from '@/lib/feeds/paths';
import { locales, type Locale } from '@/lib/locales';
import { articlePath, homePath, localePrefix, sectionPath, tagPath } from '@/lib/routes';
import { site } from '@/lib/site';

/** One call of `revalidatePath(path, type)`. */
export interface RevalidationTarget {
  path: string;
  type?: 'page' | 'layout';
}

/**
 * The path of the route that renders a public URL — what revalidatePath needs. Pages live under
 * the [locale] segment, which the proxy hides for Arabic: "/news/1001" is rendered (and cached)
 * as "/ar/news/1001". Feeds and sitemaps are outside [locale]; their URL is their route.
 */
export function routePath(locale: Locale, publicPath: string): string {
  if (localePrefix(locale)) return publicPath;
  return publicPath === '/' ? `/${locale}` : `/${locale}${publicPath}`;
}

/** A listing's every page, plus one: a story that moved out of it may have left the last page empty. */
function listingPages(totalPages: number, path: (page: number) => string): string[] {
  return Array.from({ length: totalPages + 1 }, (_, i) => path(i + 1));
}

const feedsAndMaps = (locale: Locale, sections: Iterable<string>) => [
  rssPath(locale),
  ...[...sections].map((section) => rssPath(locale, section)),
];

/**
 * Every page that shows one of these articles: the article at both editions' URLs (the other one
 * redirects, and that redirect is cached too), its translation, its section's and tags' listings,
 * both front pages, the feeds it is in, and the sitemaps. Pass each article as it was before the
 * refresh and as it is after, so a moved, retagged or deleted story leaves its old pages too.
 */
export function articleTargets(articles: readonly Article[]): RevalidationTarget[] {
  const paths = new Set<string>();
  const add = (locale: Locale, publicPath: string) => paths.add(routePath(locale, publicPath));
  for (const locale of locales) add(locale, homePath(locale));
  const ids = articles.flatMap((a) => (a.translationId === undefined ? [a.id] : [a.id, a.translationId]));
  for (const id of new Set(ids)) for (const locale of locales) add(locale, articlePath({ id, locale }));
  for (const article of articles) {
    const { locale, section } = article;
    const sectionPages = listBySection(locale, section).totalPages;
    for (const path of listingPages(sectionPages, (page) => sectionPath(locale, section, page))) add(locale, path);
    for (const tag of article.tags) {
      const tagPages = listByTag(locale, tag).totalPages;
      for (const path of listingPages(tagPages, (page) => tagPath(locale, tag, page))) add(locale, path);
    }
    for (const path of feedsAndMaps(locale, [section])) paths.add(path);
  }
  paths.add(SITEMAP_PATH);
  paths.add(NEWS_SITEMAP_PATH);
  return [...paths].map((path) => ({ path }));
}

/** Everything: every page under the root layout, and the feeds and sitemaps, which are route handlers outside it. */
export function everythingTargets(): RevalidationTarget[] {
  const files = new Set<string>([SITEMAP_PATH, NEWS_SITEMAP_PATH]);
  for (const locale of locales) for (const path of feedsAndMaps(locale, site.sections)) files.add(path);
  return [{ path: '/', type: 'layout' }, ...[...files].map((path) => ({ path }))];
}
