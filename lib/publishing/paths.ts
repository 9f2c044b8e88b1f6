import type { Article } from '@/lib/content/types';
import { locales, type Locale } from '@/lib/locales';
import { articlePath, homePath, localePrefix, NEWS_SITEMAP_PATH, rssPath, sectionPath, SITEMAP_PATH, tagPath } from '@/lib/routes';

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

/** Later pages of every listing: a new story shifts them all by one, so the route's every page goes stale. */
const LATER_LISTING_PAGES: RevalidationTarget[] = [
  { path: '/[locale]/section/[section]/page/[page]', type: 'page' },
  { path: '/[locale]/tag/[tag]/page/[page]', type: 'page' },
];

/**
 * Every page that shows one of these articles: the article at both editions' URLs (the other one
 * redirects, and that redirect is cached too), its translation, its section's and tags' first
 * pages and every later listing page, both front pages, the feeds it is in, and the sitemaps. Pass
 * each article as it was before the refresh and as it is after, so a moved, retagged or deleted
 * story leaves its old pages too.
 */
export function articleTargets(articles: readonly Article[]): RevalidationTarget[] {
  const paths = new Set<string>();
  const add = (locale: Locale, publicPath: string) => paths.add(routePath(locale, publicPath));
  for (const locale of locales) add(locale, homePath(locale));
  const ids = articles.flatMap((a) => (a.translationId === undefined ? [a.id] : [a.id, a.translationId]));
  for (const id of new Set(ids)) for (const locale of locales) add(locale, articlePath({ id, locale }));
  for (const { locale, section, tags } of articles) {
    add(locale, sectionPath(locale, section.slug));
    for (const tag of tags) add(locale, tagPath(locale, tag));
    paths.add(rssPath(locale));
    paths.add(rssPath(locale, section.slug));
  }
  paths.add(SITEMAP_PATH);
  paths.add(NEWS_SITEMAP_PATH);
  return [...[...paths].map((path) => ({ path })), ...LATER_LISTING_PAGES];
}

/** Everything: every page under the root layout, and the feeds and sitemaps, which are route handlers outside it. */
export function everythingTargets(): RevalidationTarget[] {
  return [
    { path: '/', type: 'layout' },
    { path: SITEMAP_PATH },
    { path: NEWS_SITEMAP_PATH },
    ...locales.map((locale) => ({ path: rssPath(locale) })),
    { path: '/section/[section]/rss.xml', type: 'page' },
    { path: '/en/section/[section]/rss.xml', type: 'page' },
  ];
}
