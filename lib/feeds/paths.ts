import type { Locale } from '@/lib/locales';
import { homePath, localePrefix, sectionPath } from '@/lib/routes';

/**
 * The feeds' and sitemaps' URL paths, built from lib/routes so they follow any change of the
 * page URL scheme: a feed sits beside the page it mirrors (`/section/economy` →
 * `/section/economy/rss.xml`). The route files under app/ (rss.xml, section/[section]/rss.xml,
 * en/…) must match these paths.
 */

export const SITEMAP_PATH = '/sitemap.xml';
export const NEWS_SITEMAP_PATH = '/news-sitemap.xml';

export function rssPath(locale: Locale, section?: string): string {
  return section === undefined ? `${localePrefix(locale)}/rss.xml` : `${sectionPath(locale, section)}/rss.xml`;
}

/** The page a feed mirrors: its channel <link>. */
export function feedPagePath(locale: Locale, section?: string): string {
  return section === undefined ? homePath(locale) : sectionPath(locale, section);
}
