import { ValidationError, type CollectionBeforeChangeHook, type CollectionSlug, type PayloadRequest } from 'payload';
import { relationId } from './relations';
import { newsroomText, type NewsroomTranslationKey } from './translations';

type Problem = { path: string; message: string };

const RELATIONS: Array<[field: 'section' | 'writer' | 'image', collection: CollectionSlug]> = [
  ['section', 'sections'],
  ['writer', 'writers'],
  ['image', 'media'],
];

async function missing(req: PayloadRequest, collection: CollectionSlug, ids: unknown[]): Promise<boolean> {
  const wanted = ids.map(relationId);
  if (wanted.some((id) => id === undefined || !Number.isSafeInteger(id))) return true;
  const { totalDocs } = await req.payload.count({ collection, where: { id: { in: wanted } }, req, overrideAccess: true });
  return totalDocs < new Set(wanted).size;
}

const notADate = (value: unknown) => value !== null && value !== undefined && value !== '' && Number.isNaN(Date.parse(String(value)));

/**
 * Payload does not validate a draft (a writer's only way to save), so a draft pointing at a section,
 * writer, picture or tag that does not exist — deleted since, or mistyped by an importer — or with
 * a date that is none, reached the database and came back as a 500. The same values published are
 * refused by the fields' own checks; a draft gets the same answer, naming the field: 400.
 */
export const checkDraftValues: CollectionBeforeChangeHook = async ({ data, req }) => {
  if (data._status === 'published' || req.context?.importing) return data;
  const problems: Problem[] = [];
  const say = (path: string, key: NewsroomTranslationKey) => problems.push({ path, message: newsroomText(req, key) });
  for (const [field, collection] of RELATIONS) {
    const value = data[field];
    if (value !== null && value !== undefined && (await missing(req, collection, [value]))) say(field, 'missingRelation');
  }
  if (Array.isArray(data.tags) && data.tags.length && (await missing(req, 'tags', data.tags))) say('tags', 'missingRelation');
  if (data.edition !== undefined && data.edition !== 'ar' && data.edition !== 'en') say('edition', 'notAnEdition');
  for (const path of ['publishedAt', 'revisedAt'] as const) if (notADate(data[path])) say(path, 'notADate');
  if (notADate((data.correction as { at?: unknown } | undefined)?.at)) say('correction.at', 'notADate');
  if (problems.length) throw new ValidationError({ collection: 'articles', errors: problems, req }, req.t);
  return data;
};
