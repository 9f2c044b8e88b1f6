import { ARCHIVE_BASE, MAX_ARTICLE_ID } from '@/lib/routes';

/** Where generated rows live: from ARCHIVE_BASE up (lib/routes, where the import's check reads it too). */
export { ARCHIVE_BASE };

/** The most stories the reserved range holds. */
export const MAX_STORIES = MAX_ARTICLE_ID - ARCHIVE_BASE + 1;

/** The article id of generated story number `index` (0-based). */
export const storyId = (index: number): number => ARCHIVE_BASE + index;
