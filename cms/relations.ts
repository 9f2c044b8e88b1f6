/**
 * The id behind a relationship's value, however Payload hands it over: an id (number or string), the
 * related document ({ id } at depth > 0), or the admin's { relationTo, value } form; undefined for none.
 * Ids are numbers in this database.
 */
/** Every collection's id is PostgreSQL's `integer` (a serial): one past this names nothing, and the database refuses it (500). */
export const MAX_ID = 2_147_483_647;

export type Relation = number | string | { id?: unknown; value?: unknown } | null | undefined;

export function relationId(value: Relation | unknown): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'object') return relationId((value as { value?: unknown }).value ?? (value as { id?: unknown }).id);
  return Number(value);
}
