import { expireTags } from '@/lib/cache/expired-tags';
import { afterCommit } from '../after-commit';
import { forgetMarks } from '@/lib/content/marks';
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload';
import { cacheTags, sectionPresenceTags, storyTags, type StoryFootprint, type StoryPresence } from '@/lib/content/tags';
import type { Locale } from '@/lib/locales';
import { relationId as idOf, type Relation } from '../relations';

/**
 * Publishing is immediate: every change in the newsroom expires the cache tags of exactly what it
 * touched (lib/content/tags), and the next reader of any page that shows it gets it freshly
 * rendered — no redeploy, no waiting for a revalidation period.
 */
export function expire(tags: readonly string[], req?: PayloadRequest): void {
  // Imports and scripts run outside a Next server: there is no page cache to expire there.
  if (req?.context?.importing || !tags.length) return;
  // Not before the change is committed: a page rendered in between would keep the old rows (cms/after-commit.ts).
  afterCommit(req, () => {
    // Deep pages' marks shift when a story comes or goes (lib/content/marks.ts).
    forgetMarks();
    // Expired in this process at once, and written down for the next one (lib/cache/expired-tags). A
    // page begun before the commit is not kept after it (lib/cache/copies-begun-before-a-change).
    void expireTags(tags, (tag, error) => req?.payload.logger.warn(`could not expire cache tag ${tag}: ${error.message}`));
  });
}


interface ArticleDoc {
  id: number;
  edition?: Locale;
  _status?: 'draft' | 'published';
  section?: Relation;
  tags?: Relation[];
  writer?: Relation;
  translationOf?: Relation;
  updatedAt?: string;
  firstPublishedAt?: string | null;
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
  // One after another: a save's reads share its transaction's one connection (cms/in-turn).
  const sections = await find('sections', [idOf(doc.section)]);
  const tags = await find('tags', (doc.tags ?? []).map(idOf));
  const writers = await find('writers', [idOf(doc.writer)]);
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

/**
 * What readers see of a story is its row in the articles table. A draft saved over a published story
 * lives only in its versions, and Payload hands the hooks that latest version as the previous
 * document — the pending draft, when there is one: unpublishing such a story then looks like a draft
 * staying a draft (nothing was expired, and the withdrawn story stayed on its section, tag and writer
 * pages), and publishing a draft that moved it to another section left it listed in the old one.
 * So the hooks read the row itself: before the change (beforeChange) and after it (afterChange, in
 * the same transaction).
 */
const liveKey = (id: number | string) => `live-article:${id}`;

async function liveRow(id: number | string, req: PayloadRequest): Promise<ArticleDoc | undefined> {
  return ((await req.payload.db.findOne({ collection: 'articles', where: { id: { equals: id } }, req })) as ArticleDoc | null) ?? undefined;
}

export const rememberLiveArticle: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'update' && originalDoc?.id !== undefined && !req.context?.importing) {
    req.context[liveKey(originalDoc.id)] = (await liveRow(originalDoc.id, req)) ?? null;
  }
  return data;
};

/** A story's pages change when it is, or was, published: drafts — of new stories or over live ones — touch nothing readers see. */
export const revalidateArticleAfterChange: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  if (req.context?.importing) return doc;
  const key = liveKey(doc.id);
  const remembered = req.context[key] as ArticleDoc | null | undefined;
  delete req.context[key];
  const before = operation === 'create' ? undefined : remembered === undefined ? (previousDoc as ArticleDoc) : (remembered ?? undefined);
  // A new story's doc is its row; an update's row may differ from the version Payload returns.
  const after = (operation === 'create' ? undefined : await liveRow(doc.id, req)) ?? (doc as ArticleDoc);
  const unchanged = before !== undefined && before.updatedAt !== undefined && before.updatedAt === after.updatedAt;
  const visible = before?._status === 'published' || after._status === 'published';
  if (!visible || unchanged) return doc;
  const was = await footprint(before, req);
  const is = await footprint(after, req);
  const moved = sectionPresenceTags(presence(before, was), presence(after, is));
  expire([...storyTags(was, is), ...moved], req);
  return doc;
};

const translationKey = (id: number | string) => `translation-of-deleted:${id}`;

/**
 * A deleted original's translation still names it ("Read the original"): its page must be expired
 * too. After the delete the database has already emptied the translation's link to it, so the
 * translation is found before.
 */
export const rememberTranslationBeforeDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (req.context?.importing) return;
  const { docs } = await req.payload.find({ collection: 'articles', where: { translationOf: { equals: id } }, select: {}, depth: 0, limit: 1, pagination: false, req, overrideAccess: true });
  req.context[translationKey(id)] = docs[0]?.id;
};

export const revalidateArticleAfterDelete: CollectionAfterDeleteHook = async ({ doc, id, req }) => {
  if (req.context?.importing) return doc;
  const found = await footprint(doc as ArticleDoc, req);
  const translationId = found?.translationId ?? (req.context[translationKey(id)] as number | undefined);
  // A draft that never went out, with no translation of it: no page readers get ever showed it, so
  // none is expired (a writer clearing old drafts re-rendered both front pages with each one).
  const { _status, firstPublishedAt } = doc as ArticleDoc;
  if (_status !== 'published' && !firstPublishedAt && translationId === undefined) return doc;
  const story = found && { ...found, translationId };
  expire([...storyTags(story), ...sectionPresenceTags(presence(doc as ArticleDoc, story), undefined)], req);
  return doc;
};

/**
 * A picture's alt text, caption or file changed: every story showing it is re-rendered — its page
 * and the listings that show its card — and, when it is a writer's portrait, the writers' pages
 * and lists. (Deleting a picture in use is refused: cms/collections/Media.ts.)
 */
export const revalidatePictureAfterChange: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create' || req.context?.importing) return doc;
  // Only what a story's footprint is made of: not its text.
  const stories = await req.payload.find({
    collection: 'articles',
    where: { image: { equals: doc.id } },
    select: { edition: true, section: true, tags: true, writer: true, translationOf: true },
    depth: 0,
    pagination: false,
    req,
    overrideAccess: true,
  });
  const portraits = await req.payload.count({ collection: 'writers', where: { photo: { equals: doc.id } }, req, overrideAccess: true });
  const footprints: (StoryFootprint | undefined)[] = [];
  for (const story of stories.docs as unknown as ArticleDoc[]) footprints.push(await footprint(story, req));
  expire([...new Set([...storyTags(...footprints), ...(portraits.totalDocs ? [cacheTags.writers()] : [])])], req);
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
  return ({ doc, previousDoc: previous, operation, req }) => {
    // A new document has no previous one (Payload hands an empty object): no tag of its fields'
    // absence (`breaking:undefined`) to expire.
    const previousDoc = operation === 'create' ? undefined : previous;
    // A renamed tag: every story that prints it, and the sitemap's list of the edition's tag pages.
    const renamed = entity === 'tags' && operation === 'update' && (previousDoc?.name !== doc.name || previousDoc?.edition !== doc.edition);
    const editions = [...new Set([previousDoc?.edition, doc.edition].filter(Boolean))] as Locale[];
    const names = renamed ? [cacheTags.tagNames(), ...editions.map(cacheTags.edition)] : [];
    expire([...new Set([...entityTags(entity, previousDoc), ...entityTags(entity, doc), ...names])], req);
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
