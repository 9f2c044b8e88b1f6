/** Every collection's id is PostgreSQL's `integer` (a serial): one past this names nothing, and the database refuses it (500). */
export const MAX_ID = 2_147_483_647;

export type Relation = number | string | { id?: unknown; value?: unknown } | null | undefined;

/**
 * The id behind a relationship's value, however Payload hands it over: an id (number or string), the
 * related document ({ id } at depth > 0), or the admin's { relationTo, value } form; undefined for none.
 * Ids are numbers in this database.
 */
export function relationId(value: Relation | unknown): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'object') return relationId((value as { value?: unknown }).value ?? (value as { id?: unknown }).id);
  return Number(value);
}

/**
 * Whether a relation's value names a document by its number, as this database's ids are: a whole
 * number, bare or in the forms relationId reads — not "3" (text), not 3.5. One past MAX_ID is a
 * number that names nothing: the existence check says so.
 */
export function namesByNumber(value: unknown): boolean {
  if (typeof value === 'object' && value !== null) return namesByNumber((value as { value?: unknown }).value ?? (value as { id?: unknown }).id);
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}
