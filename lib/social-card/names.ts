import { createHash } from 'node:crypto';
import { sectionInSentence } from '@/lib/content/section-name';
import type { Article, Section, Writer } from '@/lib/content/types';
import { parseArticleId, SECTION_SLUG, WRITER_SLUG } from '@/lib/routes';
import type { Locale } from '@/lib/site';
import { tagFromSegment, tagSegment } from './tag-segment';

/**
 * What a card is called and what its URL says — everything a page needs to point at its card.
 * The drawing (lib/social-card/index, with sharp and the fonts) is loaded by the card route alone:
 * reader pages import this file, so a new process does not load an image library to render a story.
 */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const CARD_TYPE = 'image/jpeg';
/** Bump when the design changes: it is part of every card URL, so platforms fetch the new look. */
export const CARD_DESIGN = 'd3';

/**
 * Card URLs carry a version made from the article's content and the card design, so a card can be
 * cached forever (immutable) and an edited headline gets a new URL that platforms fetch afresh.
 */
export function articleCardVersion(article: Pick<Article, 'revision'>): string {
  return createHash('sha256').update(`${article.revision}:${CARD_DESIGN}`).digest('hex').slice(0, 10);
}

export function articleCardPath(article: Pick<Article, 'id' | 'revision'>): string {
  return `/cards/${article.id}-${articleCardVersion(article)}.jpg`;
}

/** Search engines want the lead image at 16:9, 4:3 and 1:1 (NewsArticle `image`): crops of the hero. */
export const CROPS = { '16x9': [1200, 675], '4x3': [1200, 900], '1x1': [1200, 1200] } as const;
export type Crop = keyof typeof CROPS;

export function articleCropPath(article: Pick<Article, 'id' | 'revision'>, crop: Crop): string {
  return `/cards/${article.id}-${articleCardVersion(article)}-${crop}.jpg`;
}

/**
 * The front page's card (`home`), which the masthead page shares too. Its words come from messages/,
 * which change only with a deploy, as the design does: the design alone versions it.
 */
export function pageCardPath(locale: Locale, page: 'home'): string {
  return `/cards/${locale}-${page}-${CARD_DESIGN}.jpg`;
}

/** Ten hex digits of a hash of what a card draws from the content: a change to any of it is a new URL. */
function versionOf(shown: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(shown)).digest('hex').slice(0, 10);
}

/** What a writer's card shows in an edition — name, column, photo — and its design: a change to any is a new URL. */
export function writerCardVersion(writer: Pick<Writer, 'name' | 'column' | 'photo'>, locale: Locale): string {
  const { photo } = writer;
  return versionOf([writer.name[locale], writer.column[locale] ?? '', photo ? `${photo.src} ${photo.width}x${photo.height}` : '', photo?.focus ?? '', CARD_DESIGN]);
}

/**
 * What a section's card shows in an edition — its name, and the name as its sentence reads it — and
 * its design. A renamed section gets a new URL: platforms keep an image by its URL, and cards are
 * cached forever, so the old name would otherwise be shown for good.
 */
export function sectionCardVersion(section: Pick<Section, 'name' | 'inSentence'>, locale: Locale): string {
  return versionOf([section.name[locale], sectionInSentence(section, locale), CARD_DESIGN]);
}

/**
 * A section's card. `section-` sets it apart from the front page's (`ar-home-d3`): a section may be
 * slugged `home` (SECTION_SLUG reserves no names), and the two shared one name when sections had no prefix.
 */
export function sectionCardPath(locale: Locale, section: Pick<Section, 'slug' | 'name' | 'inSentence'>): string {
  return `/cards/section-${locale}-${section.slug}-${sectionCardVersion(section, locale)}.jpg`;
}

export function writerCardPath(locale: Locale, writer: Pick<Writer, 'slug' | 'name' | 'column' | 'photo'>): string {
  return `/cards/writer-${locale}-${writer.slug}-${writerCardVersion(writer, locale)}.jpg`;
}

/** A tag's card: the tag travels in the name (lib/social-card/tag-segment), so any tag has one without a lookup table. */
export function tagCardPath(locale: Locale, tag: string): string {
  return `/cards/tag-${locale}-${tagSegment(tag)}-${CARD_DESIGN}.jpg`;
}

export type CardRequest =
  | { kind: 'article'; id: number; version: string; crop?: Crop }
  | { kind: 'home'; locale: Locale; design: string }
  /** `version`: sectionCardVersion's, or an old name's design (`d3`), which no current version matches. */
  | { kind: 'section'; locale: Locale; slug: string; version: string }
  | { kind: 'writer'; locale: Locale; slug: string; version: string }
  | { kind: 'tag'; locale: Locale; tag: string; design: string };

/** Reads a card file name; anything else is not a card (404). */
export function parseCardFile(file: string): CardRequest | undefined {
  const article = /^([0-9]+)-([0-9a-f]{10})(?:-(16x9|4x3|1x1))?\.jpg$/.exec(file);
  if (article) {
    // The route table's rule: an id past PostgreSQL's integer made the story's query fail (500).
    const id = parseArticleId(article[1]!);
    const crop = article[3] as Crop | undefined;
    return id === undefined ? undefined : { kind: 'article', id, version: article[2]!, ...(crop && { crop }) };
  }
  // The front page's card, or a section's under the name it had before it carried a version
  // (`ar-economy-d3.jpg`): shared links still name it, and it moves to the section's current card.
  // Whether the section exists is the route's question.
  const page = /^(ar|en)-([a-z][a-z-]{0,29})-(d[0-9]{1,3})\.jpg$/.exec(file);
  if (page) {
    const locale = page[1] as Locale;
    const [name, design] = [page[2]!, page[3]!];
    return name === 'home' ? { kind: 'home', locale, design } : { kind: 'section', locale, slug: name, version: design };
  }
  const section = /^section-(ar|en)-(.+)-([0-9a-f]{10})\.jpg$/.exec(file);
  if (section) {
    return SECTION_SLUG.test(section[2]!) ? { kind: 'section', locale: section[1] as Locale, slug: section[2]!, version: section[3]! } : undefined;
  }
  // The version is the last ten hex digits; the slug before it follows the route table's rule.
  const writer = /^writer-(ar|en)-(.+)-([0-9a-f]{10})\.jpg$/.exec(file);
  if (writer) {
    return WRITER_SLUG.test(writer[2]!) ? { kind: 'writer', locale: writer[1] as Locale, slug: writer[2]!, version: writer[3]! } : undefined;
  }
  const tagged = /^tag-(ar|en)-([A-Za-z0-9_-]{1,400})-(d[0-9]{1,3})\.jpg$/.exec(file);
  const tag = tagged && tagFromSegment(tagged[2]!);
  if (tag) return { kind: 'tag', locale: tagged[1] as Locale, tag, design: tagged[3]! };
  return undefined;
}

export function isCurrentPageCard(request: Extract<CardRequest, { kind: 'home' | 'tag' }>): boolean {
  return request.design === CARD_DESIGN;
}

