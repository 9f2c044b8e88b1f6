import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import { direction, type Locale } from './locales';
import { homePath } from './routes';

/**
 * The small, self-contained error pages the site answers without Next — from the proxy (400,
 * 405) and from the HTTP server itself (400, 405, 414, 431): no scripts, no external resources,
 * nothing from the request echoed back, in the reader's edition.
 */

export type Words = { title: string; description: string; home: string };

export const PAGE_WORDS = {
  badRequest: { ar: ar.BadRequest, en: en.BadRequest },
  methodNotAllowed: { ar: ar.MethodNotAllowed, en: en.MethodNotAllowed },
  requestTooLarge: { ar: ar.RequestTooLarge, en: en.RequestTooLarge },
  uriTooLong: { ar: ar.UriTooLong, en: en.UriTooLong },
} satisfies Record<string, Record<Locale, Words>>;

export type SmallPage = keyof typeof PAGE_WORDS;

export function smallPageHtml(page: SmallPage, locale: Locale): string {
  const t = PAGE_WORDS[page][locale];
  return `<!doctype html><html lang="${locale}" dir="${direction(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${t.title}</title><style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.8;text-align:center}a{color:#b3121b;font-weight:700}</style></head><body><main><h1>${t.title}</h1><p>${t.description}</p><p><a href="${homePath(locale)}">${t.home}</a></p></main></body></html>`;
}
