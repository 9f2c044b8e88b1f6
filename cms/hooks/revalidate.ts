import { revalidateTag } from 'next/cache';
import { forgetMarks } from '@/lib/content/marks';
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload';
import { cacheTags, sectionPresenceTags, storyTags, type StoryFootprint, type StoryPresence } from '@/lib/content/tags';
import type { Locale } from '@/lib/locales';

/**
 * Publishing is immediate: every change in the newsroom expires the cache tags of exactly what it
 * touched (lib/content/tags), and the next reader of any page that shows it gets it freshly
 * rendered — no redeploy, no waiting for a revalidation period.
 */
export function expire(tags: readonly string[], req?: PayloadRequest): void {
  // Imports and scripts run outside a Next server: there is no page cache to expire there.
  if (req?.context?.importing) return;
  // Deep pages' marks shift when a story comes or goes (lib/content/marks.ts).
  if (tags.length) forgetMarks();
  for (const tag of tags) {
    try {
      // { expire: 0 }: no stale copy is served; the next request renders afresh.
      revalidateTag(tag, { expire: 0 });
    } catch (error) {
      req?.payload.logger.warn(`could not expire cache tag ${tag}: ${(error as Error).message}`);
      return;
    }
  }
}

type Relation = number | string | { id: number | string } | null | undefined;
const idOf = (value: Relation) => (value && typeof value === 'object' ? Number(value.id) : value == null ? undefined : Number(value));

interface ArticleDoc {
  id: number;
  edition?: Locale;
  _status?: 'draft' | 'published';
  section?: Relation;
  tags?: Relation[];
  writer?: Relation;
  translationOf?: Relation;
}

/** The slugs and names behind a story's relations, which is what its pages' tags are made of. */
async function footprint(doc: ArticleDoc | undefined, req: PayloadRequest): Promise<StoryFootprint | undefined> {
  if (!doc?.id || !doc.edition) return undefined;
  const find = async (collection: 'sections' | 'tags' | 'writers', ids: (number | undefined)[]) => {
    const wanted = ids.filter((id): id is number => id !== undefined);
    if (!wanted.length) return [];
    const { docs } = await req.payload.find({ collection, where: { id: { in: wanted } }, depth: 0, pagination: false, req, overrideAccess: true });
    return docs as unknown as { slug?: string; name?: string }[];
  };
  const [sections, tags, writers] = await Promise.all([
    find('sections', [idOf(doc.section)]),
    find('tags', (doc.tags ?? []).map(idOf)),
    find('writers', [idOf(doc.writer)]),
  ]);
  const translation = await req.payload.find({
    collection: 'articles',
    where: { translationOf: { equals: doc.id } },
    depth: 0,
    limit: 1,
    pagination: false,
    req,
    overrideAccess: true,
  });
  return {
    id: doc.id,
    locale: doc.edition,
    section: sections[0]?.slug,
    tags: tags.map((t) => t.name!).filter(Boolean),
    writer: writers[0]?.slug,
    translationId: idOf(doc.translationOf) ?? (translation.docs[0]?.id as number | undefined),
  };
}

/** Where the story stood for readers: which edition's section lists it is in. */
function presence(doc: ArticleDoc | undefined, story: StoryFootprint | undefined): StoryPresence | undefined {
  return story && { locale: story.locale, section: story.section, published: doc?._status === 'published' };
}

/** A story's pages change when it is, or was, published: drafts of unpublished stories touch nothing readers see. */
export const revalidateArticleAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const visible = doc?._status === 'published' || previousDoc?._status === 'published';
  if (!visible || req.context?.importing) return doc;
  const [before, after] = await Promise.all([footprint(previousDoc as ArticleDoc, req), footprint(doc as ArticleDoc, req)]);
  const moved = sectionPresenceTags(presence(previousDoc as ArticleDoc, before), presence(doc as ArticleDoc, after));
  expire([...storyTags(before, after), ...moved], req);
  return doc;
};

export const revalidateArticleAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (req.context?.importing) return doc;
  const story = await footprint(doc as ArticleDoc, req);
  expire([...storyTags(story), ...sectionPresenceTags(presence(doc as ArticleDoc, story), undefined)], req);
  return doc;
};

type Entity = 'sections' | 'tags' | 'writers' | 'breaking';

/** The tags a change to a section, tag, writer or breaking item expires. */
function entityTags(entity: Entity, doc: Record<string, unknown> | undefined): string[] {
  if (!doc) return [];
  switch (entity) {
    case 'sections':
      // Section names are in every page's navigation.
      return [cacheTags.sections()];
    case 'tags':
      return [cacheTags.tag(doc.edition as Locale, String(doc.name ?? ''))];
    case 'writers':
      return [cacheTags.writers(), cacheTags.writer(String(doc.slug ?? ''))];
    case 'breaking':
      return [cacheTags.breaking(doc.edition as Locale)];
  }
}

export function revalidateAfterChange(entity: Entity): CollectionAfterChangeHook {
  return ({ doc, previousDoc, req }) => {
    expire([...new Set([...entityTags(entity, previousDoc), ...entityTags(entity, doc)])], req);
    return doc;
  };
}

export function revalidateAfterDelete(entity: Entity): CollectionAfterDeleteHook {
  return ({ doc, req }) => {
    expire(entityTags(entity, doc), req);
    return doc;
  };
}

/** Both globals are shown in every page's frame: the masthead, and the date line (the Hijri calendar). */
export function revalidateGlobal(global: 'masthead' | 'hijri'): GlobalAfterChangeHook {
  return ({ doc, req }) => {
    expire([global === 'masthead' ? cacheTags.masthead() : cacheTags.hijri()], req);
    return doc;
  };
}
