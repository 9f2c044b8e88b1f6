import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, CollectionBeforeValidateHook, CollectionConfig, Field, PayloadRequest, RelationshipFieldSingleValidation } from 'payload';
import { admins, createArticles, hasRole, readArticleVersions, readArticles, staffField, updateArticles } from '../access';
import { storyEditor } from '../editor';
import { foldHeadlineSearch } from '../headline-key';
import { keyField } from '../search-key';
import { refuseSaveOverPendingDraft } from '../hooks/pending-draft';
import { keepWritersToDrafts } from '../hooks/writers-drafts';
import { showReaderState } from '../hooks/reader-state';
import { showWhoSaved } from '../hooks/who-saved';
import { rememberLiveArticle, rememberTranslationBeforeDelete, revalidateArticleAfterChange, revalidateArticleAfterDelete } from '../hooks/revalidate';
import { changeTime, DAY_AND_TIME, noteDraftDates, publicationTime } from '../dates';
import { IN_CAIRO_TIME } from '../in-cairo-time';
import { checkDraftValues } from '../draft-values';
import { draftRefusalsSayWhy } from '../hooks/draft-refusals';
import { inTurn } from '../in-turn';
import { transactionDb } from '../sql';
import { newsroomText, READER_STATE_WORDS } from '../translations';
import { namesByNumber, relationId } from '../relations';
import { bylineText, existing, plainText, plainTextarea, relationInTurn, storyText, tagNameProblem } from '../validation';
import { isLexicalShape, MAX_STORY_DEPTH } from '@/lib/content/lexical';
import { canonicalTagName } from '@/lib/content/tag-name';
import { READER_STATES } from '@/lib/content/reader-state';
import { BYLINE_KINDS, type BylineKind } from '@/lib/content/types';
import { previewPath } from '@/lib/routes';
import { refuseFields } from '../field-labels';
import { tagNamed } from '../tag-named';

type Edition = 'ar' | 'en';
type TagValue = number | string | { id: number };

/**
 * Tags may arrive as names (wire importers, the Markdown import): each is found, or created, in the
 * article's edition. A name that cannot be a tag refuses the save under the field, naming the name —
 * never dropped while the story saves without it.
 */
async function tagIds(tags: TagValue[], edition: Edition, req: PayloadRequest): Promise<number[]> {
  // Neither a name nor an id (`null`, `true`): refused under the field (it failed in the name code: 500).
  const isTag = (tag: unknown) => typeof tag === 'string' || typeof tag === 'number' || (typeof tag === 'object' && tag !== null && 'id' in tag);
  if (!tags.every(isTag)) await refuseFields(req, { collection: 'articles' }, [{ path: 'tags', message: newsroomText(req, 'missingRelation') }]);
  const names = tags.filter((tag): tag is string => typeof tag === 'string').map(canonicalTagName);
  const problems = names.flatMap((name) => {
    const problem = tagNameProblem(name, req);
    return problem ? [{ path: 'tags', message: `«${name}»: ${problem}` }] : [];
  });
  if (problems.length) await refuseFields(req, { collection: 'articles' }, problems);
  // New names are made first, in one order (code points), so two saves making the same two tags
  // cannot each wait on the other's first.
  const made = new Map<string, number>();
  for (const name of [...new Set(names)].sort()) made.set(name, await findOrMakeTag(name, edition, req));
  const ids = tags.map((tag) => (typeof tag === 'number' ? tag : typeof tag === 'object' && tag !== null ? tag.id : made.get(canonicalTagName(tag))!));
  return [...new Set(ids)];
}

/**
 * A tag by name, made if new — inside the story's own transaction, with INSERT … ON CONFLICT DO
 * NOTHING on the tags' unique (edition, name): two stories saved together with the same new tag
 * then wait for each other instead of failing (a plain insert's unique violation aborted the second
 * save: a wire importer's parallel stories lost), and a tag made for a save that fails goes with it.
 * (Made outside the transaction, each new tag held a second connection of the CMS's small pool while
 * the save held the first: as many saves at once as the pool is large waited for ever.)
 */
async function findOrMakeTag(name: string, edition: Edition, req: PayloadRequest): Promise<number> {
  const { sql } = await import('@payloadcms/db-postgres');
  const db = await transactionDb(req);
  // Found however spelled (cms/tag-named), or made; a tag another save made, then renamed before we read it, is looked for again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const found = await tagNamed(db, edition, name);
    if (found) return found.id;
    const made = await db.execute(sql`INSERT INTO tags (name, edition) VALUES (${name}, ${edition}) ON CONFLICT (edition, name) DO NOTHING RETURNING id`);
    if (made.rows[0]) return Number(made.rows[0].id);
  }
  throw new Error(`the tag «${name}» could not be made or found`);
}

const resolveTagNames: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data?.tags || !Array.isArray(data.tags)) return data;
  const edition = (data.edition ?? originalDoc?.edition ?? 'ar') as Edition;
  // No tags are made for an edition that is none: the edition's own check refuses the story.
  if (edition !== 'ar' && edition !== 'en') return data;
  data.tags = await tagIds(data.tags as TagValue[], edition, req);
  return data;
};

/**
 * A story left without a publication time goes out when an editor publishes it — not when its draft
 * was started hours before, which would date it and list it below everything since (and keep it out
 * of the news sitemap if the draft was two days old). A time set by hand stays: a future one schedules.
 * Emptying the field of a story that has already been live keeps its date: it stays where it was.
 * (A field not sent at all arrives here already filled with the stored value.)
 */
const stampPublicationTime: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  if (!data || req.context?.importing || data._status !== 'published' || data.publishedAt) return data;
  const first = originalDoc?.firstPublishedAt as string | undefined;
  const wasLive = first !== undefined && first !== null && new Date(first) <= new Date();
  data.publishedAt = wasLive && originalDoc?.publishedAt ? originalDoc.publishedAt : new Date().toISOString();
  return data;
};

const later = (a: Date, b: Date) => (a > b ? a : b);

/**
 * A correction is dated when it is written or changed: a note left without a date would otherwise
 * print the story's last save, which moves with every later edit of anything.
 */
const stampCorrection: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const note = (data.correction as { note?: string | null; at?: string | null } | undefined)?.note;
  const before = originalDoc?.correction as { note?: string | null; at?: string | null } | undefined;
  if (!note?.trim()) return data;
  const changed = note !== before?.note;
  const at = (data.correction as { at?: string | null }).at;
  if (!at || (changed && at === before?.at)) data.correction = { ...(data.correction as object), at: new Date().toISOString() };
  return data;
};

/**
 * Who saved this version: every save is kept as a version (README), and this is how the history says
 * who changed what — the story's author stays whoever started it. Set from the session, never taken
 * from what was sent. A save with no account behind it (an import, a job) names nobody.
 */
const stampEditor: CollectionBeforeChangeHook = ({ data, req }) => {
  data.editedBy = req.user?.id ?? null;
  return data;
};

/**
 * Who started the story, and when readers first could see it — the later of the save and its
 * publication time, so that a story taken down after that answers 410 Gone, and one whose schedule
 * is called off before it came due was never there (404). A schedule moved before it comes due
 * moves that moment with it.
 */
const stampAuthorAndFirstPublication: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (req.context?.importing) {
    if (operation === 'create' && req.user && !data.author) data.author = req.user.id;
    // An imported story reached readers when it was published on the site it comes from, not at the
    // import (the stories list's «أول نشر» showed the import's minute for a story of last month).
    if (data._status === 'published' && !data.firstPublishedAt) data.firstPublishedAt = new Date(data.publishedAt ? (data.publishedAt as string) : Date.now()).toISOString();
    return data;
  }
  // Not a writer's to set: a story is started by whoever saves it first (an editor may start one for
  // a writer, who then edits and previews it as their own), and a forged first publication would make
  // a draft's URL answer 410 and keep that date once published.
  if (operation === 'create') {
    if (!hasRole(req.user, 'editor') || !data.author) data.author = req.user?.id;
    delete data.firstPublishedAt;
  }
  const now = new Date();
  const first = originalDoc?.firstPublishedAt ? new Date(originalDoc.firstPublishedAt as string) : undefined;
  if (first && first <= now) return data;
  if (data._status === 'published') {
    const publishedAt = data.publishedAt ?? originalDoc?.publishedAt;
    data.firstPublishedAt = later(publishedAt ? new Date(publishedAt as string) : now, now).toISOString();
  } else if (first) {
    data.firstPublishedAt = null;
  }
  return data;
};

/**
 * A translation lives in the other edition; a story has at most one; and links go one way, from the
 * translation to its original — a story that is itself someone's original cannot point at a third
 * (the pairs' hreflang links would stop answering each other). Refused under the field, like every
 * other bad value (400), not as a failed save; the message, or undefined when the link is sound.
 */
async function translationProblem(value: unknown, id: number | string | undefined, edition: Edition | undefined, req: PayloadRequest): Promise<string | undefined> {
  const targetId = relationId(value);
  if (targetId === undefined) return undefined;
  // Reads in turn with the other fields' validators: they share the save's connection (cms/in-turn).
  const original = await inTurn(req, () => req.payload.findByID({ collection: 'articles', id: targetId, depth: 0, req, overrideAccess: true, draft: true })).catch(() => null);
  if (!original || original.edition === edition) return newsroomText(req, 'sameEdition');
  const others = await inTurn(req, () =>
    req.payload.find({
      collection: 'articles',
      where: { translationOf: { in: [targetId, ...(id !== undefined ? [id] : [])] }, ...(id !== undefined ? { id: { not_equals: id } } : {}) },
      limit: 2,
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
    }),
  );
  const linked = others.docs.map((doc) => relationId(doc.translationOf));
  if (original.translationOf || linked.includes(targetId)) return newsroomText(req, 'translationTaken');
  if (id !== undefined && linked.includes(Number(id))) return newsroomText(req, 'isAnOriginal');
  return undefined;
}

const translationLink: RelationshipFieldSingleValidation = async (value, options) => {
  const base = await existing('articles')(value, options);
  if (base !== true || value === null || value === undefined) return base;
  return (await translationProblem(value, options.id, (options.data as { edition?: Edition } | undefined)?.edition, options.req)) ?? true;
};

/** Payload validates no field when a draft is saved: a draft's link is checked here, refused under the same field. */
const checkDraftTranslation: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (data._status === 'published' || data.translationOf === null || data.translationOf === undefined) return data;
  const problem = await translationProblem(data.translationOf, originalDoc?.id, data.edition ?? originalDoc?.edition, req);
  if (problem) await refuseFields(req, { collection: 'articles' }, [{ path: 'translationOf', message: problem }]);
  return data;
};

/** lib/content/reader-state's states, in the admin's language (cms/translations: READER_STATE_WORDS). */
const READER_STATE_OPTIONS = READER_STATES.map((value) => ({ value, label: ({ t }: { t: unknown }) => newsroomText({ t }, READER_STATE_WORDS[value]) }));

/** A name the newsroom reads beside a story and never writes (cms/hooks/who-saved). */
const whoField = (name: string, label: { ar: string; en: string }): Field => ({
  name,
  label,
  type: 'text',
  virtual: true,
  access: { read: staffField, create: () => false, update: () => false },
  admin: { position: 'sidebar', readOnly: true, condition: (data) => data?.id !== undefined && data?.id !== null },
});

/** A desk reads «من قسم الاقتصاد» and is an Organization to search engines; a person «بقلم …», a Person. */
const BYLINE_LABELS: Record<BylineKind, { ar: string; en: string }> = {
  desk: { ar: 'قسم أو بوابة', en: 'A desk' },
  person: { ar: 'مراسل أو محرر', en: 'A reporter' },
};

const EDITIONS = [
  { value: 'ar', label: { ar: 'العربية', en: 'Arabic' } },
  { value: 'en', label: { ar: 'الإنجليزية', en: 'English' } },
];

/**
 * A story's text in a shape the editor never saves (`children: "x"`, `[null]`, nesting past
 * MAX_STORY_DEPTH) is refused before anything reads it, naming the field: Payload's rich-text hooks
 * walk the text before any validator runs, and failed on it (500), drafts included.
 */
const refuseMalformedText: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args;
  const text = (args as { data?: { body?: unknown } }).data?.body;
  if (text === undefined || text === null || isLexicalShape(text)) return args;
  return refuseFields(req, { collection: 'articles' }, [{ path: 'body', message: newsroomText(req, 'bodyShape', { max: MAX_STORY_DEPTH }) }]);
};

/**
 * A tag given by its number, or as a document ({ id }), names it by a whole number: Payload unwraps
 * { id: "3" } to the text "3" before any hook of ours reads the tags, and text there is a tag's name
 * (tagIds) — a tag «3» was made and given to the story. Refused first, naming the field, a draft as
 * a published story (3.5 as well: a published one was told «الاختيارات الغير صالحة التالية: 3.5, »).
 */
const refuseTagsByNoNumber: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args;
  const tags = (args as { data?: { tags?: unknown } }).data?.tags;
  const byNoNumber = (tag: unknown) => (typeof tag === 'number' || (typeof tag === 'object' && tag !== null)) && !namesByNumber(tag);
  if (!Array.isArray(tags) || !tags.some(byNoNumber)) return args;
  return refuseFields(req, { collection: 'articles' }, [{ path: 'tags', message: newsroomText(req, 'notARelationId') }]);
};

/**
 * A story, in either edition. Saved as a draft until an editor publishes it; every save is kept as
 * a version (who changed what; restore). A publication time in the future schedules it: readers
 * see it from that minute on. Unpublishing takes it down (its URL answers 410 Gone).
 */
export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: { ar: 'خبر', en: 'Story' }, plural: { ar: 'الأخبار', en: 'Stories' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'edition', 'section', 'readers', '_status', 'publishedAt'],
    // The headline as any spelling of it (cms/headline-key): the search box says "by headline".
    listSearchableFields: ['headlineKey'],
    group: { ar: 'التحرير', en: 'Newsroom' },
    preview: (doc) => (doc?.id ? previewPath(Number(doc.id)) : null),
  },
  defaultSort: '-publishedAt',
  versions: { drafts: true, maxPerDoc: 100 },
  access: { read: readArticles, readVersions: readArticleVersions, create: createArticles, update: updateArticles, delete: admins },
  hooks: {
    beforeOperation: [refuseMalformedText, refuseTagsByNoNumber, keepWritersToDrafts, refuseSaveOverPendingDraft, foldHeadlineSearch],
    beforeValidate: [resolveTagNames, stampPublicationTime],
    beforeChange: [noteDraftDates, checkDraftValues, stampAuthorAndFirstPublication, stampEditor, stampCorrection, checkDraftTranslation, rememberLiveArticle],
    afterChange: [revalidateArticleAfterChange],
    beforeDelete: [rememberTranslationBeforeDelete],
    afterDelete: [revalidateArticleAfterDelete],
    afterOperation: [showReaderState, showWhoSaved],
    afterError: [draftRefusalsSayWhy],
  },
  fields: [
    { name: 'title', label: { ar: 'العنوان', en: 'Headline' }, type: 'text', required: true, maxLength: 200, validate: plainText },
    { name: 'summary', label: { ar: 'الملخص', en: 'Summary' }, type: 'textarea', required: true, maxLength: 400, validate: plainTextarea },
    { name: 'body', label: { ar: 'النص', en: 'Text' }, type: 'richText', required: true, editor: storyEditor, validate: storyText },
    {
      type: 'row',
      fields: [
        { name: 'edition', label: { ar: 'الطبعة', en: 'Edition' }, type: 'select', required: true, defaultValue: 'ar', options: EDITIONS, index: true },
        { name: 'section', label: { ar: 'القسم', en: 'Section' }, type: 'relationship', relationTo: 'sections', required: true, index: true, validate: existing('sections') },
      ],
    },
    {
      name: 'tags',
      label: { ar: 'الوسوم', en: 'Tags' },
      type: 'relationship',
      relationTo: 'tags',
      hasMany: true,
      required: true,
      maxRows: 12,
      filterOptions: ({ data }) => ({ edition: { equals: data?.edition ?? 'ar' } }),
      validate: relationInTurn,
    },
    { name: 'image', label: { ar: 'الصورة الرئيسية', en: 'Lead picture' }, type: 'upload', relationTo: 'media', validate: existing('media') as never },
    // Not stored: read from the story's published row whenever the newsroom reads the story (cms/hooks/reader-state).
    {
      name: 'readers',
      label: { ar: 'عند القراء', en: 'Readers' },
      type: 'select',
      virtual: true,
      options: READER_STATE_OPTIONS,
      access: { read: staffField, create: () => false, update: () => false },
      admin: {
        position: 'sidebar',
        readOnly: true,
        // Asked of the server again after an unpublish: Payload's button resets the form from old data.
        components: { Field: '/cms/components/ReaderStateField#ReaderStateField' },
        // A story not yet saved has nothing for readers to get.
        condition: (data) => data?.id !== undefined && data?.id !== null,
        description: {
          ar: 'ما يراه القراء الآن من هذا الخبر، أيًّا كانت المسودة المفتوحة.',
          en: 'What readers get of this story now, whatever draft is open.',
        },
      },
    },
    {
      name: 'publishedAt',
      label: { ar: 'موعد النشر', en: 'Publication time' },
      type: 'date',
      index: true,
      validate: publicationTime,
      timezone: IN_CAIRO_TIME,
      admin: {
        position: 'sidebar',
        date: DAY_AND_TIME,
        description: {
          ar: 'بتوقيت القاهرة. اتركه فارغًا ليُنشر الخبر لحظة نشره؛ موعد في المستقبل يجدول النشر.',
          en: 'Cairo time. Leave empty to publish at the moment an editor publishes; a time in the future schedules the story.',
        },
      },
    },
    {
      name: 'revisedAt',
      label: { ar: 'آخر تحديث', en: 'Last updated' },
      type: 'date',
      validate: changeTime,
      timezone: IN_CAIRO_TIME,
      admin: {
        position: 'sidebar',
        date: DAY_AND_TIME,
        description: { ar: 'عند تحديث الخبر تحديثًا جوهريًا، بتوقيت القاهرة؛ يظهر للقراء.', en: 'When the story was substantively updated, in Cairo time; readers see it.' },
      },
    },
    {
      name: 'writer',
      label: { ar: 'الكاتب (لمقالات الرأي)', en: 'Writer (opinion)' },
      type: 'relationship',
      relationTo: 'writers',
      index: true,
      validate: existing('writers'),
      admin: { position: 'sidebar' },
    },
    // Who signs a story no writer signs: a desk, or a reporter who is not one of the columnists (a writer
    // signs over both: signedBy in lib/content/postgres/rows.ts). Shown and checked whether or not a writer is
    // chosen: a field hidden by a condition is stored unchecked, and a kind that is none reached the
    // database's enum (500). The name's column is `desk` for the deployment still serving while the
    // next one builds (cms/migrations/20261204_062756_byline_type.ts).
    {
      name: 'desk',
      label: { ar: 'التوقيع', en: 'Byline' },
      type: 'text',
      maxLength: 120,
      validate: bylineText,
      admin: {
        position: 'sidebar',
        description: {
          ar: 'القسم أو المراسل، إن لم يكن للخبر كاتب. فارغًا يوقّعه «بوابة الوفد».',
          en: 'The desk or the reporter, when the story has no writer. Left empty, the news portal signs it.',
        },
      },
    },
    {
      name: 'bylineType',
      label: { ar: 'يوقّعه', en: 'Signed by' },
      type: 'select',
      defaultValue: 'desk',
      options: BYLINE_KINDS.map((value) => ({ value, label: BYLINE_LABELS[value] })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'translationOf',
      label: { ar: 'ترجمة لـ', en: 'Translation of' },
      type: 'relationship',
      relationTo: 'articles',
      index: true,
      validate: translationLink,
      filterOptions: ({ data }) => ({ edition: { not_equals: data?.edition ?? 'ar' } }),
      // A copy is nobody's translation: the original keeps its pair, and a second link to the same
      // story is refused (translationLink), so every duplicate of a translated story was refused.
      hooks: { beforeDuplicate: [() => null] },
      admin: { position: 'sidebar' },
    },
    {
      name: 'correction',
      label: { ar: 'تصحيح', en: 'Correction' },
      type: 'group',
      admin: { description: { ar: 'يظهر أسفل الخبر مع تاريخه.', en: 'Shown under the story with its date.' } },
      fields: [
        { name: 'note', label: { ar: 'نص التصحيح', en: 'Note' }, type: 'textarea', maxLength: 600, validate: plainTextarea },
        // Printed as the story's last update: the same rule as revisedAt.
        {
          name: 'at',
          label: { ar: 'تاريخ التصحيح', en: 'Date' },
          type: 'date',
          validate: changeTime,
          timezone: IN_CAIRO_TIME,
          admin: { date: DAY_AND_TIME, description: { ar: 'بتوقيت القاهرة.', en: 'Cairo time.' } },
        },
      ],
    },
    {
      name: 'sample',
      label: { ar: 'مادة تجريبية', en: 'Sample content' },
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
    // Both the newsroom's only: a filter on the author reached into the account's sessions
    // (`where[author.sessions.createdAt]…` told anyone when each editor logged in).
    // Shown by name in the sidebar and the list's columns (startedBy, lastSavedBy below): an editor may not read a writer's account.
    { name: 'author', label: { ar: 'أنشأه', en: 'Started by' }, type: 'relationship', relationTo: 'users', access: { read: staffField, update: () => false }, admin: { hidden: true, disableListColumn: true } },
    {
      name: 'editedBy',
      label: { ar: 'آخر من حفظه', en: 'Last saved by' },
      type: 'relationship',
      relationTo: 'users',
      // Deleting an account clears it from every story and version: indexed, so that is not a scan of the archive.
      index: true,
      access: { read: staffField, update: () => false },
      // Its column named accounts by e-mail, beside lastSavedBy's names under the same heading.
      admin: { hidden: true, disableListColumn: true },
    },
    // Not stored: the names of those two accounts, read whenever the newsroom reads the story (cms/hooks/who-saved).
    whoField('startedBy', { ar: 'أنشأه', en: 'Started by' }),
    whoField('lastSavedBy', { ar: 'آخر من حفظه', en: 'Last saved by' }),
    // Not in the form (set on publication, never edited), but a column a list can show: named, not "First Published At".
    { name: 'firstPublishedAt', label: { ar: 'أول نشر', en: 'First published' }, type: 'date', index: true, access: { read: staffField, update: () => false }, admin: { hidden: true } },
    // Set by the database from the headline, never sent (cms/headline-key.ts).
    keyField('headlineKey', staffField, { ar: 'العنوان', en: 'Headline' }),
  ],
};
