import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from '@/lib/locales';

/**
 * Arabic is the paper's language and owns the unprefixed URLs; English lives under /en.
 * No detection and no cookie: a shared link always opens the edition it names, and responses
 * stay cacheable by the CDN (a Set-Cookie would make every page private).
 */
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'as-needed',
  localeDetection: false,
  localeCookie: false,
  // Counterparts have their own ids (/news/1001 ↔ /en/news/1010): pages declare hreflang themselves.
  alternateLinks: false,
});
