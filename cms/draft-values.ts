import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload';
import { unshownNode } from '@/lib/content/lexical';
import { BYLINE_KINDS } from '@/lib/content/types';
import { isRealDate } from './calendar';
import { newsroomText, type NewsroomTranslationKey } from './translations';
import { namesByNumber } from './relations';
import { allExist } from './validation';
import { refuseFields } from './field-labels';

type Problem = { path: string; message: string };

const RELATIONS: Array<[field: 'section' | 'writer' | 'image', collection: CollectionSlug]> = [
  ['section', 'sections'],
  ['writer', 'writers'],
  ['image', 'media'],
];

/** One document, by its number (or as Payload hands one on, an object with its id): not a list, not a yes or no. */
const isOneRelation = (value: unknown) => typeof value === 'number' || typeof value === 'string' || (typeof value === 'object' && !Array.isArray(value));
const given = (value: unknown) => value !== null && value !== undefined;

const notADate = (value: unknown) => given(value) && value !== '' && !isRealDate(value);

/**
 * Payload does not validate a draft (a writer's only way to save), so a draft pointing at a section,
 * writer, picture or tag that does not exist — deleted since, or mistyped by an importer — or with
 * a date that is none or a choice that is none (edition, who signs), or a list where one document
 * is named (or one where a list is), reached the database and came back as a 500. The same values
 * published are refused by the fields' own checks; a draft gets the same answer, naming the field: 400.
 * An id written as text ("3") is refused as published ones are: a draft took it, and the story it
 * saved could then not be published as it stood.
 *
 * And a draft has a headline, if only a working one: the stories' list knows a story by it, and an
 * empty form saved by a slip of the hand made a nameless draft there, listed by its number alone.
 */
export const checkDraftValues: CollectionBeforeChangeHook = async ({ data, req }) => {
  if (data._status === 'published' || req.context?.importing) return data;
  const problems: Problem[] = [];
  const say = (path: string, key: NewsroomTranslationKey) => problems.push({ path, message: newsroomText(req, key) });
  if (typeof data.title !== 'string' || !data.title.trim()) say('title', 'draftNeedsTitle');
  for (const [field, collection] of RELATIONS) {
    const value = data[field];
    if (given(value) && !isOneRelation(value)) say(field, 'notOneRelation');
    else if (given(value) && !namesByNumber(value)) say(field, 'notARelationId');
    else if (given(value) && !(await allExist(req, collection, [value]))) say(field, 'missingRelation');
  }
  // The translation's own check follows (cms/collections/Articles.ts): here only its form.
  if (given(data.translationOf) && !isOneRelation(data.translationOf)) say('translationOf', 'notOneRelation');
  else if (given(data.translationOf) && !namesByNumber(data.translationOf)) say('translationOf', 'notARelationId');
  if (given(data.tags) && !Array.isArray(data.tags)) say('tags', 'notTagList');
  else if (Array.isArray(data.tags) && data.tags.length && !(await allExist(req, 'tags', data.tags))) say('tags', 'missingRelation');
  if (data.edition !== undefined && data.edition !== 'ar' && data.edition !== 'en') say('edition', 'notAnEdition');
  if (given(data.bylineType) && !(BYLINE_KINDS as readonly unknown[]).includes(data.bylineType)) say('bylineType', 'notABylineType');
  // Anything but "published" comes here: a status that is neither reached the database's enum (500).
  if (data._status !== undefined && data._status !== 'draft') say('_status', 'notAStatus');
  for (const path of ['publishedAt', 'revisedAt'] as const) if (notADate(data[path])) say(path, 'notADate');
  if (notADate((data.correction as { at?: unknown } | undefined)?.at)) say('correction.at', 'notADate');
  // A part the editor has no tool for (a picture, a block, «banana») sent through the API: the draft
  // was stored, and the admin could no longer open its text («Something went wrong: Lexical error #17»).
  const kind = unshownNode(data.body);
  if (kind !== undefined) problems.push({ path: 'body', message: newsroomText(req, 'bodyUnshownPart', { kind }) });
  if (problems.length) await refuseFields(req, { collection: 'articles' }, problems);
  return data;
};
