import { type Locale, otherLocale } from '@/lib/locales';
import { indexBlockOf } from './source';

/**
 * Cache tags: every cached read of content carries the tags of what it read, and every change in
 * the newsroom invalidates the tags of what it changed (cms/hooks/revalidate) — so a change
 * reaches exactly the pages that show it. One place for the names, used by both sides.
 */
export const cacheTags = {
  article: (id: number) => `article:${id}`,
  /** Lists of an edition's newest stories: front page, feeds, the sitemap's index and pages file, related top-ups. */
  edition: (locale: Locale) => `edition:${locale}`,
  /** One block of ids of an edition's archive (lib/content/source's INDEX_BLOCK_IDS): a sitemap file. */
  articleIndex: (locale: Locale, block: number) => `article-index:${locale}:${block}`,
  section: (locale: Locale, slug: string) => `section:${locale}:${slug}`,
  tag: (locale: Locale, tag: string) => `tag:${locale}:${tag.normalize('NFC')}`.slice(0, 256),
  writer: (slug: string) => `writer:${slug}`,
  /**
   * Which sections an edition shows (those with live stories): in every page's navigation, so it
   * is expired only when a story enters or leaves a section (sectionPresenceTags), not on every edit.
   */
  editionSections: (locale: Locale) => `edition-sections:${locale}`,
  /** The ranking of an edition's most read stories (lib/reads): renewed as views come in. */
  mostRead: (locale: Locale) => `most-read:${locale}`,
  sections: () => 'sections',
  /**
   * Tags' names as stories print them (their links): expired only when a tag is renamed — rare, an
   * editor's act, like a section's rename — never when a story is saved. (The sitemap's list of tag
   * pages is an edition's list: a rename expires the edition's tag too.)
   */
  tagNames: () => 'tag-names',
  writers: () => 'writers',
  masthead: () => 'masthead',
  breaking: (locale: Locale) => `breaking:${locale}`,
  /** The newsroom's corrections of the Hijri calendar (the date line). */
  hijri: () => 'hijri',
  /** Today's date in every page's frame: expired at Cairo's midnight (lib/publishing/deadlines). */
  dateLine: () => 'date-line',
};

/**
 * What a change to one story touches: the story, its translation, its edition, section, tags and
 * writer, and the archive blocks (sitemap files) listing the story and its translation — whose entry
 * names the story as its other edition.
 */
export interface StoryFootprint {
  id: number;
  locale: Locale;
  section?: string;
  tags: string[];
  writer?: string;
  translationId?: number;
}

export function storyTags(...versions: (StoryFootprint | undefined)[]): string[] {
  const tags = new Set<string>();
  for (const story of versions) {
    if (!story) continue;
    tags.add(cacheTags.article(story.id));
    tags.add(cacheTags.articleIndex(story.locale, indexBlockOf(story.id)));
    if (story.translationId !== undefined) {
      tags.add(cacheTags.article(story.translationId));
      tags.add(cacheTags.articleIndex(otherLocale(story.locale), indexBlockOf(story.translationId)));
    }
    tags.add(cacheTags.edition(story.locale));
    if (story.section) tags.add(cacheTags.section(story.locale, story.section));
    for (const tag of story.tags) tags.add(cacheTags.tag(story.locale, tag));
    if (story.writer) tags.add(cacheTags.writer(story.writer));
  }
  return [...tags];
}

/** Where a story is, for readers: its edition and section, and whether it is published. */
export interface StoryPresence {
  locale: Locale;
  section?: string;
  published: boolean;
}

/**
 * The tags of the edition's section list when a story enters or leaves a section — published,
 * unpublished, moved, or deleted — so a section appears in the navigation with its first story and
 * goes with its last. An edit that leaves the story where it was changes no section list.
 */
export function sectionPresenceTags(before: StoryPresence | undefined, after: StoryPresence | undefined): string[] {
  const placed = (p: StoryPresence | undefined) => (p?.published && p.section ? `${p.locale}:${p.section}` : undefined);
  if (placed(before) === placed(after)) return [];
  const editions = new Set([before, after].filter((p) => p?.published).map((p) => p!.locale));
  return [...editions].map(cacheTags.editionSections);
}
