/**
 * The editions. Dependency-free on purpose: client components (the error page) import it too.
 * Arabic is the paper's language and the default.
 */
export const locales = ['ar', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'ar';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function direction(locale: Locale): 'rtl' | 'ltr' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'ar' ? 'en' : 'ar';
}

/** Open Graph wants a territory too: the paper's Arabic is Egypt's, its English British (spelling and dates, lib/format). */
export const OG_LOCALE: Record<Locale, string> = { ar: 'ar_EG', en: 'en_GB' };
