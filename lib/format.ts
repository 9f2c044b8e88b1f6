import type { Locale } from '@/lib/site';

/**
 * Dates are stored with their offset and always shown in Cairo time. Arabic uses the Egyptian
 * calendar names (نوفمبر, not تشرين الثاني) with Western digits — as Al-Wafd and most Egyptian news
 * sites print dates online, and matching the digits in the article text itself.
 */
const LOCALE_TAGS: Record<Locale, string> = { ar: 'ar-EG-u-nu-latn', en: 'en-GB' };
export const TIME_ZONE = 'Africa/Cairo';

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, options: Intl.DateTimeFormatOptions, key: string): Intl.DateTimeFormat {
  const cacheKey = `${locale}:${key}`;
  let format = dateTimeFormats.get(cacheKey);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE_TAGS[locale], { timeZone: TIME_ZONE, ...options });
    dateTimeFormats.set(cacheKey, format);
  }
  return format;
}

/**
 * "24 نوفمبر 2026 في 10:15 ص" / "24 November 2026 at 10:15". English reads the 24-hour clock with
 * two digits: "at 02:18" (without the zero, "at 2:18" reads as the afternoon).
 */
export function formatDateTime(iso: string, locale: Locale): string {
  const hour = locale === 'en' ? '2-digit' : 'numeric';
  return formatter(locale, { day: 'numeric', month: 'long', year: 'numeric', hour, minute: '2-digit' }, 'dt').format(new Date(iso));
}

const AGO_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [['day', 86_400], ['hour', 3_600], ['minute', 60], ['second', 1]];
const agoFormats = new Map<Locale, Intl.RelativeTimeFormat>();

/**
 * How long before `now` a moment was, in the largest whole unit: "قبل 12 ثانية", "قبل دقيقتين" /
 * "12 seconds ago". For the newsroom's notices, where a clock time (with its colons) would be cut
 * by the admin's toast, which reads the text after a colon as a list of fields.
 */
export function formatAgo(iso: string, locale: Locale, now = Date.now()): string {
  const seconds = Math.max(0, Math.floor((now - Date.parse(iso)) / 1000));
  const [unit, size] = AGO_UNITS.find(([, length]) => seconds >= length) ?? ['second', 1];
  let format = agoFormats.get(locale);
  if (!format) agoFormats.set(locale, (format = new Intl.RelativeTimeFormat(LOCALE_TAGS[locale], { numeric: 'always' })));
  return format.format(-Math.floor(seconds / size), unit);
}

/** "24 نوفمبر 2026" / "24 November 2026" */
export function formatDate(iso: string, locale: Locale): string {
  return formatter(locale, { day: 'numeric', month: 'long', year: 'numeric' }, 'd').format(new Date(iso));
}

/**
 * A civil day ("2026-11-29") with its weekday: "الأحد 29 نوفمبر 2026" / "Sunday 29 November 2026".
 * Put together from two formats because ICU puts a comma after the weekday, which the paper does not.
 */
export function formatDay(day: string, locale: Locale): string {
  // Noon UTC is the same civil day in Cairo, whatever the season.
  const noon = new Date(`${day}T12:00:00Z`);
  return `${formatter(locale, { weekday: 'long' }, 'w').format(noon)} ${formatDate(noon.toISOString(), locale)}`;
}
