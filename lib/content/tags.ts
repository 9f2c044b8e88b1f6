import type { Locale } from '@/lib/locales';

/**
 * Cache tags: every cached read of content carries the tags of what it read, and every change in
 * the newsroom invalidates the tags of what it changed (cms/hooks/revalidate) — so a change
 * reaches exactly the pages that show it. One place for the names, used by both sides.
 */
export const cacheTags = {
  article: (id: number) => `article:${id}`,
  /** Lists of an edition's newest stories: front page, feeds, sitemaps, related top-ups. */
  edition: (locale: Locale) => `edition:${locale}`,
  section: (locale: Locale, slug: string) => `section:${locale}:${slug}`,
  tag: (locale: Locale, tag: string) => `tag:${locale}:${tag.normalize('NFC')}`.slice(0, 256),
  writer: (slug: string) => `writer:${slug}`,
  sections: () => 'sections',
  writers: () => 'writers',
  masthead: () => 'masthead',
  breaking: (locale: Locale) => `breaking:${locale}`,
  /** The newsroom's corrections of the Hijri calendar (the date line). */
  hijri: () => 'hijri',
};

/** What a change to one story touches: the story, its translation, its edition, section, tags and writer. */
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
    if (story.translationId !== undefined) tags.add(cacheTags.article(story.translationId));
    tags.add(cacheTags.edition(story.locale));
    if (story.section) tags.add(cacheTags.section(story.locale, story.section));
    for (const tag of story.tags) tags.add(cacheTags.tag(story.locale, tag));
    if (story.writer) tags.add(cacheTags.writer(story.writer));
  }
  return [...tags];
}
