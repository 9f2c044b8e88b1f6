import { defaultLocale, type Locale } from './locales';

/**
 * Every URL the site prints is built here — pages, sitemaps, feeds and share links alike —
 * so a change of URL scheme is one edit. Arabic (the default) has no prefix. Paths only, and
 * dependency-free so client code may use it; absolute URLs come from `absoluteUrl` in lib/site.
 */

export function localePrefix(locale: Locale): string {
  return locale === defaultLocale ? '' : `/${locale}`;
}

export function homePath(locale: Locale): string {
  return localePrefix(locale) || '/';
}

export function articlePath(article: { id: number; locale: Locale }): string {
  return `${localePrefix(article.locale)}/news/${article.id}`;
}

/** Listings paginate in the path (`/section/economy/page/2`), so every page can be statically cached. */
function pageSuffix(page: number): string {
  return page > 1 ? `/page/${page}` : '';
}

export function sectionPath(locale: Locale, section: string, page = 1): string {
  return `${localePrefix(locale)}/section/${section}${pageSuffix(page)}`;
}

export function tagPath(locale: Locale, tag: string, page = 1): string {
  return `${localePrefix(locale)}/tag/${encodeURIComponent(tag.normalize('NFC'))}${pageSuffix(page)}`;
}

/**
 * Reads a numeric article id from a URL segment. Only plain positive integers that are exact
 * in JavaScript pass; "1e3", "007", "-1" and 20-digit overflows do not, so they 404.
 */
export function parseArticleId(segment: string): number | undefined {
  if (!/^[1-9][0-9]{0,15}$/.test(segment)) return undefined;
  const id = Number(segment);
  return Number.isSafeInteger(id) ? id : undefined;
}

/** Decodes a percent-encoded segment (Arabic tags arrive encoded); malformed input gives undefined, never a throw. */
export function decodeSegment(segment: string): string | undefined {
  try {
    const decoded = decodeURIComponent(segment).normalize('NFC');
    return /[\u0000-\u001f\u007f]/.test(decoded) ? undefined : decoded;
  } catch {
    return undefined;
  }
}

/** A listing's page number from the path: 2 to 99999; page 1 has no segment, anything else 404s. */
export function parsePageNumber(segment: string): number | undefined {
  return /^[1-9][0-9]{0,4}$/.test(segment) && segment !== '1' ? Number(segment) : undefined;
}

/** The empty control page that byte budgets and benchmarks compare against; never linked or indexed. */
export function controlPath(locale: Locale): string {
  return `${localePrefix(locale)}/blank`;
}
