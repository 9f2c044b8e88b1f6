import { ERROR_PAGE_CACHE, MISSING_FILE_CACHE, NO_STORE, REDIRECT_CACHE } from './cache-control';
import type { Locale } from './locales';
import { PAGE_METHODS } from './request-guard';
import { CROSS_ORIGIN_RESOURCE, securityHeaderObject } from './security-headers';
import { smallPageHtml, type SmallPage } from './small-page';

/**
 * A small page (lib/small-page) answered by the proxy itself. The proxy's answers skip
 * next.config's headers, so the security headers are set here.
 */
function smallPage(page: SmallPage, locale: Locale, status: number, headers: Record<string, string>): Response {
  return new Response(smallPageHtml(page, locale), {
    status,
    headers: { ...securityHeaderObject(), 'Content-Type': 'text/html; charset=utf-8', ...headers },
  });
}

/** For URLs Next cannot route at all (malformed or hostile percent-escapes make its router throw or traverse). */
export function badRequestPage(locale: Locale): Response {
  return smallPage('badRequest', locale, 400, { 'Cache-Control': ERROR_PAGE_CACHE });
}

/** POST, PUT, DELETE… on a page or file: the site is read-only outside /api. */
export function methodNotAllowedPage(locale: Locale): Response {
  return smallPage('methodNotAllowed', locale, 405, { Allow: PAGE_METHODS, 'Cache-Control': NO_STORE });
}

/** OPTIONS on a page or file: what may be asked, and nothing else. */
export function optionsResponse(): Response {
  return new Response(null, { status: 204, headers: { ...securityHeaderObject(), Allow: PAGE_METHODS, 'Cache-Control': NO_STORE } });
}

/**
 * A permanent move to a page's one URL (legacy alwafd.news links, `/ar/…`, a listing's `/page/1`, a
 * tag asked in other letter case), answered by the proxy with the same headers as every other
 * answer. The target never changes, so CDNs may keep it for a day.
 */
export function permanentRedirect(location: string): Response {
  // (An absolute URL: Next's proxy refuses relative ones.)
  return new Response(null, { status: 308, headers: { ...securityHeaderObject(), Location: location, 'Cache-Control': REDIRECT_CACHE } });
}

/** A redirect for this request alone (307), kept by no one: where a page lives could not be confirmed. */
export function redirectThisOnce(location: string): Response {
  return new Response(null, { status: 307, headers: { ...securityHeaderObject(), Location: location, 'Cache-Control': NO_STORE } });
}

/** A public image that is not on disk: a plain 404 that caches for a minute, not for the month an image would. */
export function missingFileResponse(): Response {
  return new Response('Not found\n', {
    status: 404,
    headers: {
      ...securityHeaderObject(),
      [CROSS_ORIGIN_RESOURCE.key]: CROSS_ORIGIN_RESOURCE.value,
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': MISSING_FILE_CACHE,
    },
  });
}
