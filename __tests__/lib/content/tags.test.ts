import { INDEX_BLOCK_IDS } from '@/lib/content/source';
import { cacheTags, sectionPresenceTags, storyTags } from '@/lib/content/tags';

describe('what a change to a story expires', () => {
  it('expires the story, its translation, the sitemap files listing both, edition, section, tags and writer', () => {
    expect(storyTags({ id: 7, locale: 'ar', section: 'opinion', tags: ['رأي'], writer: 'salma', translationId: 3 * INDEX_BLOCK_IDS + 8 })).toEqual([
      'article:7',
      'article-index:ar:0',
      `article:${3 * INDEX_BLOCK_IDS + 8}`,
      // The translation's entry, in the other edition's file, names this story as its Arabic one.
      'article-index:en:3',
      'edition:ar',
      'section:ar:opinion',
      'tag:ar:رأي',
      'writer:salma',
    ]);
  });

  it('expires an edition’s section list only when a story enters or leaves a section', () => {
    const live = { locale: 'ar' as const, section: 'economy', published: true };
    // An edit where it stands: the navigation stays as it is.
    expect(sectionPresenceTags(live, live)).toEqual([]);
    expect(sectionPresenceTags({ ...live, published: false }, { ...live, published: false })).toEqual([]);
    // Published (first story of a section?), withdrawn, deleted, moved: the section list may change.
    expect(sectionPresenceTags(undefined, live)).toEqual([cacheTags.editionSections('ar')]);
    expect(sectionPresenceTags({ ...live, published: false }, live)).toEqual(['edition-sections:ar']);
    expect(sectionPresenceTags(live, { ...live, published: false })).toEqual(['edition-sections:ar']);
    expect(sectionPresenceTags(live, undefined)).toEqual(['edition-sections:ar']);
    expect(sectionPresenceTags(live, { ...live, section: 'sports' })).toEqual(['edition-sections:ar']);
    expect(sectionPresenceTags(live, { ...live, locale: 'en' })).toEqual(['edition-sections:ar', 'edition-sections:en']);
  });
});
