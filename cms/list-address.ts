import * as qs from 'qs-esm';
import { type FieldKinds, isGroup, valueFault } from './hooks/bounded-reads';

/**
 * A list's address in the admin (`/admin/collections/articles?where[…]…&page=2`) that the list
 * cannot be read by. An editor's bookmark from before a field was renamed, a filter pasted from
 * another collection's list, or an address typed by hand: Payload reads such a query straight into
 * the database or into its filter's date picker, and the editor got a blank page (a negative page, a
 * field that does not exist, `abc` for a section's id) or Next's English error page (a date that is
 * not one: `new Date('yesterday')` threw while the page was drawn). The page says instead which
 * parts of the address are refused and why, and links to the list with the rest of it
 * (app/(payload)/admin/[[...segments]]/page.tsx).
 */

/** Why a part of the address is refused: each a newsroom message (cms/translations, `listAddress…`). */
export type AddressFaultKind = 'page' | 'limit' | 'where' | 'field' | 'id' | 'date';

/** A refused part of the address, named as the address writes it: `where[publishedAt][greater_than]`. */
export interface AddressFault {
  parameter: string;
  kind: AddressFaultKind;
}

export type ListQuery = Record<string, unknown>;

/** The query as Payload's admin reads it from the address (its RootPage: qs, ten levels deep). */
export function listQuery(searchParams: Record<string, string | string[] | undefined>): ListQuery {
  return qs.parse(qs.stringify(searchParams, { addQueryPrefix: true }), { depth: 10, ignoreQueryPrefix: true }) as ListQuery;
}

/** The address of a list with this query, as Payload writes its own. */
export function listAddress(list: string, query: ListQuery): string {
  return `${list}${qs.stringify(query, { addQueryPrefix: true })}`;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/**
 * A page number as the list's pager writes it: at most nine digits, so it stays a number the database
 * takes. Empty is none, for the page, the page size and the filter alike: Payload drops an empty parameter.
 */
const isPage = (value: unknown) => value === '' || (typeof value === 'string' && /^[1-9]\d{0,8}$/.test(value));
const isLimit = (value: unknown) => value === '' || (typeof value === 'string' && /^\d{1,9}$/.test(value));

/** The collection's fields that hold ids and dates (cms/hooks/bounded-reads fieldKinds), and what Payload cannot query. */
interface Judge extends FieldKinds {
  /** The paths Payload refuses to query (its QueryError): `field`, or `field.operator`. */
  unqueryable: ReadonlySet<string>;
}

/**
 * Why a condition's comparison is refused, or undefined. A comparison with no value yet (`…[greater_than]=`)
 * is the list's own: its filter writes one while the editor is still choosing the value, and Payload
 * leaves it out of the query.
 */
function comparisonFault(field: string, operator: string, value: unknown, judge: Judge): AddressFaultKind | undefined {
  if (judge.unqueryable.has(field) || judge.unqueryable.has(`${field}.${operator}`)) return 'field';
  // A number that is none is left to Payload, which answers an empty list: its filter keeps `true` a
  // moment when the editor turns «exists» into «equals» on a number, and the list must not go then.
  return value === '' ? undefined : valueFault(field, operator, value, judge);
}

/**
 * The filter with the refused comparisons left out (and conditions, and and/or groups, left empty by
 * that), the faults recorded as found; undefined when nothing of it is left.
 */
function keptWhere(where: unknown, at: string, judge: Judge, faults: AddressFault[]): Record<string, unknown> | undefined {
  if (!isObject(where)) {
    faults.push({ parameter: at, kind: 'where' });
    return undefined;
  }
  const kept: Record<string, unknown> = {};
  for (const [key, condition] of Object.entries(where)) {
    const here = `${at}[${key}]`;
    if (isGroup(key)) {
      // Payload reads a group only as a list (qs makes one of [0], [1]…); anything else is no filter.
      if (!Array.isArray(condition)) {
        faults.push({ parameter: here, kind: 'where' });
        continue;
      }
      const group = condition.flatMap((inner, i) => keptWhere(inner, `${here}[${i}]`, judge, faults) ?? []);
      if (group.length) kept[key] = group;
      continue;
    }
    if (!isObject(condition)) {
      faults.push({ parameter: here, kind: judge.unqueryable.has(key) ? 'field' : 'where' });
      continue;
    }
    const comparisons = Object.entries(condition).filter(([operator, value]) => {
      const kind = comparisonFault(key, operator, value, judge);
      if (kind) faults.push({ parameter: `${here}[${operator}]`, kind });
      return !kind;
    });
    if (comparisons.length) kept[key] = Object.fromEntries(comparisons);
  }
  return Object.keys(kept).length ? kept : undefined;
}

/**
 * What of a list's query the list cannot be read by, and the query without it. A query with no
 * fault comes back as it was.
 */
export function judgeListQuery(query: ListQuery, judge: Judge): { faults: AddressFault[]; kept: ListQuery } {
  const faults: AddressFault[] = [];
  const kept: ListQuery = { ...query };
  if (query.page !== undefined && !isPage(query.page)) {
    faults.push({ parameter: 'page', kind: 'page' });
    delete kept.page;
  }
  if (query.limit !== undefined && !isLimit(query.limit)) {
    faults.push({ parameter: 'limit', kind: 'limit' });
    delete kept.limit;
  }
  if (query.where !== undefined && query.where !== '') {
    const where = keptWhere(query.where, 'where', judge, faults);
    if (where) kept.where = where;
    else delete kept.where;
  }
  return { faults, kept };
}
