import { stringify } from 'yaml';
import type { Locale } from '@/lib/locales';
import { splitFrontMatter } from '@/lib/content/parse';

/**
 * The pure parts of `npm run new-article` (scripts/new-article.mjs): the next id, Cairo's time
 * with its offset, the file name, and the file itself. The script adds the file system and sharp.
 */

/** The id in a content file's front matter, if it has a readable one (a broken file must not stop a new one). */
export function idOf(file: string, source: string): number | undefined {
  try {
    const { data } = splitFrontMatter(file, source);
    const id = (data as { id?: unknown } | null)?.id;
    return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : undefined;
  } catch {
    return undefined;
  }
}

/** One more than the largest id in use, so a new article never collides with an old one. */
export function nextArticleId(ids: Iterable<number>): number {
  let max = 0;
  for (const id of ids) max = Math.max(max, id);
  return max + 1;
}

/**
 * "Now" as Cairo's wall clock with its UTC offset, the form the schema demands
 * ("2026-11-25T09:00:00+02:00"). Egypt observes summer time, so the offset is +02:00 or +03:00
 * depending on the date: it is read from the time-zone database, never assumed.
 */
export function cairoTimestamp(now: Date = new Date()): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: 'Africa/Cairo',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : String(parts.timeZoneName).replace('GMT', '');
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}

/** A file-name slug from the Latin words of the title ("SpaceX تخطط" → "spacex"), else the fallback. */
export function articleSlug(title: string, fallback: string): string {
  const words = title.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return words.slice(0, 6).join('-').slice(0, 60).replace(/-+$/, '') || fallback;
}

export interface Scaffold {
  id: number;
  locale: Locale;
  title: string;
  summary: string;
  section: string;
  tags: string[];
  byline: string;
  publishedAt: string;
  image: { src: string; alt: string; caption: string; width: number; height: number };
}

/** The Markdown file, front matter in the order README documents; `yaml` quotes whatever an editor typed. */
export function renderArticleFile(scaffold: Scaffold, body: string): string {
  const { id, locale, title, summary, section, tags, byline, publishedAt, image } = scaffold;
  const frontMatter = stringify(
    { id, locale, title, summary, section, tags, byline, bylineType: 'desk', publishedAt, updatedAt: publishedAt, image },
    { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' },
  );
  return `---\n${frontMatter}---\n\n${body.trim()}\n`;
}
