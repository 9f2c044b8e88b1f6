import { query } from '@/lib/db/pool';
import type { Locale } from '@/lib/locales';
import { sectionPresenceTags, storyTags, type StoryFootprint } from '@/lib/content/tags';

/**
 * Scheduled publishing: a story published with a time in the future appears to readers from that
 * minute on (lib/content reads only what is due). What makes the pages that list it show it then
 * is this: each tick of the publishing clock expires the tags of every story that came due in the
 * span it covers (lib/publishing/sweep: since the last completed tick, missed ones made up).
 */
export async function storiesDue(since: Date, until: Date): Promise<StoryFootprint[]> {
  const rows = await query<{ id: number; edition: Locale; section: string; tags: string[]; writer: string | null; translation_id: number | null }>(
    `SELECT a.id, a.edition, s.slug AS section, w.slug AS writer,
            COALESCE(a.translation_of_id, (SELECT t.id FROM articles t WHERE t.translation_of_id = a.id LIMIT 1)) AS translation_id,
            ARRAY(SELECT tg.name FROM articles_rels r JOIN tags tg ON tg.id = r.tags_id WHERE r.parent_id = a.id AND r.path = 'tags') AS tags
     FROM articles a JOIN sections s ON s.id = a.section_id LEFT JOIN writers w ON w.id = a.writer_id
     WHERE a._status = 'published' AND a.published_at > $1 AND a.published_at <= $2`,
    [since, until],
  );
  return rows.map((row) => ({
    id: row.id,
    locale: row.edition,
    section: row.section,
    tags: row.tags,
    ...(row.writer && { writer: row.writer }),
    ...(row.translation_id != null && { translationId: row.translation_id }),
  }));
}

/** The cache tags to expire for stories that came due in (since, now]. */
export async function tagsComingDue(since: Date, now: Date): Promise<{ ids: number[]; tags: string[] }> {
  const stories = await storiesDue(since, now);
  // A story coming due enters its section: it may be the first one there in its edition.
  const entering = stories.flatMap((s) => sectionPresenceTags(undefined, { locale: s.locale, section: s.section, published: true }));
  return { ids: stories.map((s) => s.id), tags: [...new Set([...storyTags(...stories), ...entering])] };
}
