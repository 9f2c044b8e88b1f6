import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import { direction, type Locale } from './locales';
import { homePath } from './routes';

const WORDS = { ar: ar.BadRequest, en: en.BadRequest } satisfies Record<Locale, Record<string, string>>;

/**
 * A small, self-contained 400 page in the reader's edition, answered by the proxy itself for URLs
 * Next cannot route at all (malformed percent-escapes make its router throw). No scripts, no
 * external resources, nothing from the request echoed back.
 */
export function badRequestPage(locale: Locale): Response {
  const t = WORDS[locale];
  const html = `<!doctype html><html lang="${locale}" dir="${direction(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${t.title}</title><style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.8;text-align:center}a{color:#b3121b;font-weight:700}</style></head><body><main><h1>${t.title}</h1><p>${t.description}</p><p><a href="${homePath(locale)}">${t.home}</a></p></main></body></html>`;
  return new Response(html, {
    status: 400,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  });
}
