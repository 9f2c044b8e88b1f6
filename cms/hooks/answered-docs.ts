/** Operations that answer with one document: a read of it, or a save (whose answer the admin's form takes). */
const ONE_DOC = new Set(['findByID', 'create', 'updateByID']);
/** Operations that answer with a page of them: the list, and the list's bulk saves. */
const MANY_DOCS = new Set(['find', 'update']);

/**
 * The documents an operation answers with, for an afterOperation hook that adds what the newsroom
 * reads beside them (cms/hooks/reader-state, cms/hooks/who-saved); none for other operations.
 */
export function answeredDocs<T>(operation: string, result: unknown): T[] {
  if (!result) return [];
  if (ONE_DOC.has(operation)) return [result as T];
  if (MANY_DOCS.has(operation)) return (result as { docs?: T[] }).docs ?? [];
  return [];
}
