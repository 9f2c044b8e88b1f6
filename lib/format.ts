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

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [['day', 86_400], ['hour', 3_600], ['minute', 60], ['second', 1]];
const relativeFormats = new Map<Locale, Intl.RelativeTimeFormat>();

/** A span of seconds before (negative) or after now, in its largest whole unit, as the locale says it. */
function relative(seconds: number, locale: Locale): string {
  const length = Math.abs(seconds);
  const [unit, size] = RELATIVE_UNITS.find(([, unitLength]) => length >= unitLength) ?? ['second', 1];
  let format = relativeFormats.get(locale);
  if (!format) relativeFormats.set(locale, (format = new Intl.RelativeTimeFormat(LOCALE_TAGS[locale], { numeric: 'always' })));
  return format.format(Math.sign(seconds) * Math.floor(length / size), unit);
}

/*
 * formatAgo and formatIn are for the newsroom's notices, where a clock time (with its colons) would be
 * cut by the admin's toast, which reads the text after a colon as a list of fields.
 */

/**
 * How long before `now` a moment was: "قبل 12 ثانية", "قبل دقيقتين" / "12 seconds ago". At least a
 * second: "قبل 0 ثانية" is no Arabic, and a save a moment ago was a moment ago.
 */
export function formatAgo(iso: string, locale: Locale, now = Date.now()): string {
  return relative(-Math.max(1, Math.floor((now - Date.parse(iso)) / 1000)), locale);
}

/** How many seconds from now something comes, rounded up to whole minutes past one: "خلال 15 دقيقة" / "in 15 minutes". */
export function formatIn(seconds: number, locale: Locale): string {
  const whole = Math.max(0, Math.ceil(seconds));
  return relative(whole >= 60 ? Math.ceil(whole / 60) * 60 : whole, locale);
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
