import type { SanitizedConfig } from 'payload';

/**
 * What a collection answers at /api/{collection}/{word} that is not a document's id: Payload's own
 * routes (counting, versions, access, and the accounts' sign-in routes).
 */
const COLLECTION_ROUTES = new Set(['count', 'versions', 'access', 'me', 'init', 'login', 'logout', 'refresh-token', 'forgot-password', 'reset-password', 'unlock', 'first-register', 'paste-url']);

/** PostgreSQL's integer: an id past it is no document (and the database would refuse the query). */
const MAX_ID = 2_147_483_647;

/**
 * Whether /api/{collection}/{id} names a document that cannot exist: the collection's ids are
 * numbers (every collection here, none with an id field of its own) and this one is not one. Payload
 * hands such an id to the database, which refuses it — a 500 for "/api/articles/abc"; it is a 404.
 */
export async function isImpossibleDocumentPath(config: Promise<SanitizedConfig>, slug: readonly string[]): Promise<boolean> {
  if (slug.length !== 2) return false;
  const [collection, id] = slug as [string, string];
  if (COLLECTION_ROUTES.has(id)) return false;
  if (/^[0-9]{1,10}$/.test(id) && Number(id) <= MAX_ID) return false;
  const found = (await config).collections.find((c) => c.slug === collection);
  // A field named id would be the collection's own (text or number) ids: none here, but then Payload decides.
  return found !== undefined && !found.flattenedFields.some((field) => field.name === 'id');
}
