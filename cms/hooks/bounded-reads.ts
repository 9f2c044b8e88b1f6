import type { AfterErrorHook, CollectionBeforeOperationHook, Field, FlattenedField } from 'payload';
import { databaseCodes } from '../database-errors';
import { MAX_ID } from '../relations';

/**
 * What one request to the CMS's API (REST or GraphQL) may ask of a collection's list.
 *
 * Payload takes `limit=0`, `pagination=false` or `limit=99999999` as "every document": an anonymous
 * `GET /api/articles?limit=0` would read a million published stories into one answer. A visitor
 * without a newsroom session gets pages of at most MAX_PUBLIC_LIMIT, no deeper than
 * MAX_PUBLIC_WINDOW stories into a list (OFFSET costs what it skips), related documents at most
 * MAX_PUBLIC_DEPTH levels deep. The newsroom's own requests (the admin, with a session) are not
 * capped.
 *
 * Values that are not what Payload expects (`page=-1`, `limit=abc`) are refused with 400 naming the
 * field, for everyone: Payload passed them on to the database, which failed with a 500.
 *
 * Only the client's own reads are judged, never those Payload makes on the request's behalf with the
 * same request (see boundedReads).
 */
export const MAX_PUBLIC_LIMIT = 100;
export const MAX_PUBLIC_WINDOW = 10_000;
export const MAX_PUBLIC_DEPTH = 2;

interface ListArgs {
  depth?: unknown;
  limit?: unknown;
  page?: unknown;
  pagination?: unknown;
}

const isWhole = (value: unknown, min: number): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= min;

/** The first field of a list request that is out of bounds, with why; undefined when all are within them. */
export function listArgsFault(args: ListArgs, anonymous: boolean): { path: string; message: string } | undefined {
  const { depth, limit, page, pagination } = args;
  if (page !== undefined && !isWhole(page, 1)) return { path: 'page', message: 'page must be a whole number from 1' };
  if (limit !== undefined && !isWhole(limit, 0)) return { path: 'limit', message: 'limit must be a whole number from 0' };
  if (depth !== undefined && !isWhole(depth, 0)) return { path: 'depth', message: 'depth must be a whole number from 0' };
  if (!anonymous) return undefined;
  if (pagination === false || limit === 0 || (typeof limit === 'number' && limit > MAX_PUBLIC_LIMIT)) {
    return { path: 'limit', message: `a page holds 1 to ${MAX_PUBLIC_LIMIT} documents` };
  }
  if (typeof page === 'number' && page * (typeof limit === 'number' ? limit : 10) > MAX_PUBLIC_WINDOW) {
    return { path: 'page', message: `lists are read at most ${MAX_PUBLIC_WINDOW} documents deep` };
  }
  if (typeof depth === 'number' && depth > MAX_PUBLIC_DEPTH) return { path: 'depth', message: `depth is at most ${MAX_PUBLIC_DEPTH}` };
  return undefined;
}

/** The collections a visitor may list (cms/access): the others refuse a visitor whatever the filter. */
const PUBLIC_COLLECTIONS = new Set(['articles', 'sections']);
/** What a visitor may filter by: the indexed fields a reader's tool would ask for, compared as values. */
const PUBLIC_FIELDS = new Set(['id', 'edition', 'section', 'tags', 'writer', 'publishedAt', 'updatedAt', 'translationOf', 'slug', '_status']);
const PUBLIC_OPERATORS = new Set(['equals', 'not_equals', 'in', 'not_in', 'exists', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']);
/** Place operators: no field here is a place, and the database failed on them (500). */
const PLACE_OPERATORS = new Set(['near', 'within', 'intersects']);

/** The operators that compare a field with values of its own kind. */
const VALUE_OPERATORS = new Set(['equals', 'not_equals', 'in', 'not_in', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']);

/**
 * The operators that take a list: `in` and `not_in`, and `equals` and `not_equals` too — Payload's
 * filter writes a list for a field of many relations (a story's tags) and reads it as `in`.
 */
const LIST_OPERATORS = new Set(['in', 'not_in', 'equals', 'not_equals']);

/** A filter's values: a list where the operator takes one (`in` also with commas), else the one value; undefined for a list where it does not. */
function valuesOf(operator: string, value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return LIST_OPERATORS.has(operator) ? value : undefined;
  if ((operator === 'in' || operator === 'not_in') && typeof value === 'string') return value.split(',');
  return [value];
}

/** Whether a value can be an id: a whole number in the column's range, or none. */
function isId(value: unknown): boolean {
  if (value === null || value === 'null') return true;
  const id = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d{1,10}\s*$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(id) && id >= 0 && id <= MAX_ID;
}

/**
 * Whether a value can be compared with a date, as Payload reads one: text JavaScript reads as a
 * moment, a moment in milliseconds, a Date (GraphQL's DateTime arrives as one), or none (`null`, and
 * empty text, which Payload reads as none too).
 */
function isDate(value: unknown): boolean {
  if (value === null || value === 'null' || value === '') return true;
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' && value.trim() !== '' && !Number.isNaN(new Date(value).getTime());
}

/** The fields of a collection that hold an id — its own, a relation to one collection, a picture — as a filter names them. */
export function idFields(fields: readonly Field[]): Set<string> {
  const found = new Set(['id']);
  const visit = (list: readonly Field[]) => {
    for (const field of list) {
      if (field.type === 'row' || field.type === 'collapsible') visit(field.fields);
      else if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') found.add(field.name);
    }
  };
  visit(fields);
  return found;
}

/** The date fields of a collection (Payload's flattened fields, its timestamps among them). */
export const dateFields = (fields: readonly FlattenedField[]): Set<string> => new Set(fields.filter((field) => field.type === 'date').map((field) => field.name));

/** A collection's fields whose values a filter's are judged against. */
export interface FieldKinds {
  ids: ReadonlySet<string>;
  dates: ReadonlySet<string>;
}

/** The kinds of a collection's fields (Payload's sanitized config). */
export const fieldKinds = (collection: { fields: readonly Field[]; flattenedFields: readonly FlattenedField[] }): FieldKinds => ({
  ids: idFields(collection.fields),
  dates: dateFields(collection.flattenedFields),
});

/**
 * Why a comparison's value is none its field can hold — no id for a field that holds ids, no date for
 * a date — or undefined: the REST and GraphQL API's rule (whereFault) and the admin list address's
 * (cms/list-address) alike.
 */
export function valueFault(field: string, operator: string, value: unknown, kinds: FieldKinds): 'id' | 'date' | undefined {
  if (!VALUE_OPERATORS.has(operator)) return undefined;
  if (kinds.ids.has(field)) return valuesOf(operator, value)?.every(isId) ? undefined : 'id';
  if (kinds.dates.has(field)) return valuesOf(operator, value)?.every(isDate) ? undefined : 'date';
  return undefined;
}

/** Payload reads and/or in any case (GraphQL's input has only AND and OR). */
export const isGroup = (key: string): boolean => key.toLowerCase() === 'and' || key.toLowerCase() === 'or';

/**
 * The first filter of a list request that is refused, with why. For everyone: place operators, the
 * story's text (a rich-text tree the database cannot compare: `like` failed with a 500 — the text is
 * searched at /search), a value no id can be for a field that holds ids (`where[section][equals]=abc`:
 * the database refused it, and the answer could not say which field), and a value no date can be for
 * a date (`where[publishedAt][greater_than]=yesterday`: Payload answered an empty list, as if no story
 * matched). For a visitor, also any field or
 * operator outside PUBLIC_FIELDS and PUBLIC_OPERATORS: `where[summary][contains]=x` read every story
 * of the archive, per request.
 */
export function whereFault(
  where: unknown,
  anonymous: boolean,
  ids: ReadonlySet<string> = new Set(['id']),
  dates: ReadonlySet<string> = new Set(),
): { path: string; message: string } | undefined {
  if (where === undefined || where === null) return undefined;
  if (typeof where !== 'object') return { path: 'where', message: 'where must be an object of fields' };
  for (const [key, condition] of Object.entries(where as Record<string, unknown>)) {
    if (isGroup(key)) {
      for (const inner of Array.isArray(condition) ? condition : [condition]) {
        const fault = whereFault(inner, anonymous, ids, dates);
        if (fault) return fault;
      }
      continue;
    }
    const path = `where.${key}`;
    const field = key.split('.');
    if (field[0] === 'body' || (field[0] === 'version' && field[1] === 'body')) return { path, message: 'the story’s text is not a filter: search it at /search' };
    if (anonymous && !PUBLIC_FIELDS.has(key)) return { path, message: `a visitor filters by ${[...PUBLIC_FIELDS].join(', ')}` };
    if (typeof condition !== 'object' || condition === null) return { path, message: 'a filter is an operator and a value' };
    for (const [operator, value] of Object.entries(condition)) {
      if (PLACE_OPERATORS.has(operator)) return { path: `${path}.${operator}`, message: 'no field here is a place' };
      if (anonymous && !PUBLIC_OPERATORS.has(operator)) return { path: `${path}.${operator}`, message: `a visitor compares with ${[...PUBLIC_OPERATORS].join(', ')}` };
      const kind = valueFault(key, operator, value, { ids, dates });
      if (kind === 'id') return { path: `${path}.${operator}`, message: `${key} holds ids: whole numbers from 0 to ${MAX_ID}` };
      if (kind === 'date') {
        return { path: `${path}.${operator}`, message: `${key} holds dates: a date, or a date and time, as ISO 8601 writes them (2026-12-07, 2026-12-07T10:00:00Z)` };
      }
    }
  }
  return undefined;
}

/** A REST query's list parameters as Payload reads them (utilities/parseParams): numbers when numeric, "false" as false. */
export function queryListArgs(query: Record<string, unknown> | undefined): ListArgs {
  const number = (value: unknown) => (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)) ? Number(value) : value);
  const { depth, limit, page, pagination } = query ?? {};
  return { depth: number(depth), limit: number(limit), page: number(page), pagination: pagination === 'false' ? false : pagination };
}

/** The operations that take a client's filter: lists, counts, distinct values, versions. */
const FILTERED = new Set(['read', 'count', 'countVersions', 'readDistinct', 'findVersions']);

/**
 * Every collection's beforeOperation: reads asked over REST or GraphQL, not the Local API. A read is
 * the client's own when it carries what the client sent — over REST, the query string's values as
 * Payload parses them; over GraphQL, a field's arguments (the relations it fills in are read at a
 * depth, 0 and up). Payload's reads on the request's behalf carry other values: the session's
 * account looked up before the request has a user, the first account's registration
 * (`limit: 1, pagination: false`), the related documents (all at once).
 */
export const boundedReads: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (!FILTERED.has(operation as string)) return args;
  const read = args as ListArgs & { currentDepth?: unknown };
  // A count or a distinct read carries no list arguments (the query string's depth=0 would not match
  // them): only the filter below tells whether it is the client's own.
  const lists = operation === 'read' || (operation as string) === 'findVersions';
  if (req.payloadAPI === 'REST') {
    const asked = queryListArgs(req.query as Record<string, unknown>);
    if (lists && !(['depth', 'limit', 'page', 'pagination'] as const).every((key) => read[key] === asked[key])) return args;
  } else if (req.payloadAPI !== 'GraphQL' || typeof read.currentDepth === 'number') {
    return args;
  }
  // The filter is judged on the read that carries the client's own: over REST the query string's
  // (reads Payload makes on the request's behalf carry theirs — the session's account looked up
  // before the request has a user, a picture's file by its name); over GraphQL the field's. A visitor's
  // stricter rules apply where a visitor may read at all: elsewhere access answers 403 first.
  const where = (args as { where?: unknown }).where;
  const own = req.payloadAPI !== 'REST' || JSON.stringify(where) === JSON.stringify((req.query as { where?: unknown } | undefined)?.where);
  const listFault = operation === 'read' ? listArgsFault(read, !req.user) : undefined;
  const { ids, dates } = fieldKinds(collection);
  const fault = listFault ?? (own ? whereFault(where, !req.user && PUBLIC_COLLECTIONS.has(collection.slug), ids, dates) : undefined);
  if (fault) {
    // Loaded here, not at the top: Payload is ESM only, and the rules above are unit-tested without it.
    const { ValidationError } = await import('payload');
    throw new ValidationError({ collection: collection.slug, errors: [fault], req });
  }
  return args;
};

/** PostgreSQL's class 22, "data exception": a value that does not fit its column (22003, 22P02, 22008…). */
const isDataException = (error: unknown): boolean => databaseCodes(error).some((code) => /^22[0-9A-Z]{3}$/.test(code));

/**
 * A query the database cannot hold (`where[id][equals]=99999999999` past an integer column) is the
 * request's fault: 400, not Payload's 500 — over REST for reads (GET; a save's data exception stays
 * Payload's answer, but for text holding U+0000: cms/hooks/unreadable-bodies.ts), over GraphQL in
 * the error it returns. (A `where` that is not JSON never reaches
 * Payload: app/(payload)/api/[...slug]/route.ts answers it.)
 */
const DOES_NOT_FIT = 'a value in the query does not fit its field (out of range, or the wrong type)';
export const badQueryIsBadRequest: AfterErrorHook = ({ error, graphqlResult, req }) => {
  if (!isDataException(error)) return undefined;
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message: DOES_NOT_FIT, extensions: { ...graphqlResult.extensions, statusCode: 400 } } };
  if (req.method !== 'GET') return undefined;
  return { status: 400, response: { errors: [{ message: DOES_NOT_FIT }] } };
};
