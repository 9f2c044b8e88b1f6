import rawSite from '@/content/site.json';
import { parseSiteConfig, type SiteConfig } from './site-config';

/**
 * The paper's identity, read once from `content/site.json`: its name in both editions, its portal's
 * name (the byline of a story nobody else signed), the public URL's default and the brand colours.
 * Checked here (lib/site-config) so a typo fails the build. What the newsroom edits day to day —
 * sections, masthead, articles — is content, served by lib/content.
 */
export type { SiteConfig };
export type { Locale } from './locales';
export { defaultLocale, direction, isLocale, locales, otherLocale, OG_LOCALE } from './locales';

export const site: SiteConfig = parseSiteConfig(rawSite);

/**
 * The public origin every absolute URL (canonical, Open Graph, feeds) is built from.
 * `SITE_URL` wins; on Vercel the production domain is the next best guess; the configured
 * newspaper domain is the default so a shared link never points at localhost.
 */
export function siteUrl(): string {
  const fromEnv =
    process.env.SITE_URL ||
    (process.env.VERCEL_PROJECT_PRODUCTION_URL ? `https://${process.env.VERCEL_PROJECT_PRODUCTION_URL}` : '');
  return (fromEnv || site.url).replace(/\/+$/, '');
}

/**
 * Absolute URL on the configured public origin: canonical links, Open Graph, feeds, share links. A caller
 * making thousands (a sitemap file) passes the origin, read once: reading the environment for each took 3 ms a file.
 */
export function absoluteUrl(pathOrUrl: string, origin?: string): string {
  if (/^https?:\/\//.test(pathOrUrl)) return pathOrUrl;
  return `${origin ?? siteUrl()}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`;
}
