import { getArticle, listBySection, listByTag } from '@/lib/content/repository';
import { decodeSegment, parseArticleId, parsePageNumber } from '@/lib/routes';
import { defaultLocale, isLocale, site, type Locale } from '@/lib/site';
import { LISTING_PAGE_SIZE } from './listing';

/**
 * Whether a page path names something the site has, answered from the content catalog before
 * any page renders. The proxy uses it to answer a path that names nothing with the edition's full
 * not-found page and status 404 (see app/[locale]/missing). Pages still call notFound() for
 * anything this misses. Mirrors the routes under app/[locale]; keep the two in step.
 */
export function pageExists(segments: readonly string[], locale: Locale): boolean {
  const [kind, key, pageWord, pageNumber, ...rest] = segments;
  if (rest.length) return false;
  if (kind === undefined) return true; // the front page
  if (kind === 'blank') return key === undefined;
  if (kind === 'news') {
    const id = key === undefined || pageWord !== undefined ? undefined : parseArticleId(key);
    return id !== undefined && getArticle(id) !== undefined;
  }
  if (kind !== 'section' && kind !== 'tag') return false;
  if (key === undefined) return false;
  let page = 1;
  if (pageWord !== undefined) {
    const n = pageWord === 'page' && pageNumber !== undefined ? parsePageNumber(pageNumber) : undefined;
    if (n === undefined) return false;
    page = n;
  }
  if (kind === 'section') {
    if (!site.sections.includes(key)) return false;
    return page === 1 || page <= listBySection(locale, key, 1, LISTING_PAGE_SIZE).totalPages;
  }
  const tag = decodeSegment(key);
  if (!tag) return false;
  const listing = listByTag(locale, tag, 1, LISTING_PAGE_SIZE);
  return listing.total > 0 && page <= listing.totalPages;
}

/**
 * The edition a page path belongs to and whether it names nothing. `undefined` for paths the
 * locale proxy must see as they are (an explicit `/ar/…` prefix, which it redirects).
 */
export function missingPage(rawPath: string): Locale | undefined {
  const segments = rawPath.split('/').filter(Boolean);
  if (segments[0] === defaultLocale) return undefined;
  const locale: Locale = isLocale(segments[0]) ? segments[0] : defaultLocale;
  const rest = locale === defaultLocale ? segments : segments.slice(1);
  try {
    return pageExists(rest, locale) ? undefined : locale;
  } catch (error) {
    // If the proxy cannot read the content (a platform that does not ship it to the proxy), it
    // must not take pages down: let the request through, and the page answers 404 itself.
    console.error(`[proxy] could not check ${rawPath}: ${(error as Error).message}`);
    return undefined;
  }
}
