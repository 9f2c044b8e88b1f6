import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import { ERROR_PAGE_CACHE, MISSING_FILE_CACHE, NO_STORE, REDIRECT_CACHE } from './cache-control';
import { direction, type Locale } from './locales';
import { PAGE_METHODS } from './request-guard';
import { homePath } from './routes';
import { CROSS_ORIGIN_RESOURCE, securityHeaderObject } from './security-headers';

type Words = { title: string; description: string; home: string };

const BAD_REQUEST = { ar: ar.BadRequest, en: en.BadRequest } satisfies Record<Locale, Words>;
const METHOD_NOT_ALLOWED = { ar: ar.MethodNotAllowed, en: en.MethodNotAllowed } satisfies Record<Locale, Words>;

/**
 * A small, self-contained page in the reader's edition, answered by the proxy itself. No scripts,
 * no external resources, nothing from the request echoed back. The proxy's answers skip
 * next.config's headers, so the security headers are set here.
 */
function smallPage(locale: Locale, t: Words, status: number, headers: Record<string, string>): Response {
  const html = `<!doctype html><html lang="${locale}" dir="${direction(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${t.title}</title><style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.8;text-align:center}a{color:#b3121b;font-weight:700}</style></head><body><main><h1>${t.title}</h1><p>${t.description}</p><p><a href="${homePath(locale)}">${t.home}</a></p></main></body></html>`;
  return new Response(html, {
    status,
    headers: { ...securityHeaderObject(), 'Content-Type': 'text/html; charset=utf-8', ...headers },
  });
}

/** For URLs Next cannot route at all (malformed or hostile percent-escapes make its router throw or traverse). */
export function badRequestPage(locale: Locale): Response {
  return smallPage(locale, BAD_REQUEST[locale], 400, { 'Cache-Control': ERROR_PAGE_CACHE });
}

/** POST, PUT, DELETE… on a page or file: the site is read-only outside /api. */
export function methodNotAllowedPage(locale: Locale): Response {
  return smallPage(locale, METHOD_NOT_ALLOWED[locale], 405, { Allow: PAGE_METHODS, 'Cache-Control': NO_STORE });
}

/** OPTIONS on a page or file: what may be asked, and nothing else. */
export function optionsResponse(): Response {
  return new Response(null, { status: 204, headers: { ...securityHeaderObject(), Allow: PAGE_METHODS, 'Cache-Control': NO_STORE } });
}

/**
 * An old URL's permanent move (legacy alwafd.news links), answered by the proxy with the same
 * headers as every other answer. The target never changes, so CDNs may keep it for a day.
 */
export function permanentRedirect(location: string): Response {
  // (An absolute URL: Next's proxy refuses relative ones.)
  return new Response(null, { status: 308, headers: { ...securityHeaderObject(), Location: location, 'Cache-Control': REDIRECT_CACHE } });
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
