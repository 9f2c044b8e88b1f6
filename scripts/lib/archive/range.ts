import { MAX_ARTICLE_ID } from '@/lib/routes';

/**
 * Where generated rows live. Articles, tags and writers made by the archive generator take ids
 * from ARCHIVE_BASE upward — far above anything the newsroom's serial sequences will reach
 * (alwafd.news is past 5,385,000) and still inside PostgreSQL's integer (MAX_ARTICLE_ID). So a
 * re-run, a reset or the import can tell generated rows from real ones by id alone, and the
 * sequences that number editors' stories are never moved by them.
 */
export const ARCHIVE_BASE = 1_000_000_000;

/** The most stories the reserved range holds. */
export const MAX_STORIES = MAX_ARTICLE_ID - ARCHIVE_BASE + 1;

/** The article id of generated story number `index` (0-based). */
export const storyId = (index: number): number => ARCHIVE_BASE + index;
