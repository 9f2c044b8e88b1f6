import type { SanitizedConfig } from 'payload';
import { parseArticleId } from '@/lib/routes';

/**
 * Whether `METHOD /api/{collection}/{word}` can only be a document that cannot exist: the collection
 * answers one word there with its document route alone (`/:id`) — no route of that name (`/count`,
 * `/me`, `/versions`) and no parameter of its own (`payload-preferences`' `/:key`) — its ids are
 * numbers (no `id` field of its own), and the word is no such number. Payload hands such an id to the
 * database, which refuses it: a 500 for "/api/articles/abc", where a missing document is a 404.
 * Read from the collections' own routes, so a route Payload or a plugin adds is never caught.
 */
export async function isImpossibleDocumentPath(config: Promise<SanitizedConfig>, method: string, slug: readonly string[]): Promise<boolean> {
  if (slug.length !== 2) return false;
  const [collection, word] = slug as [string, string];
  // Every collection's ids are the database's serial integers, read as the route table reads a story's.
  if (parseArticleId(word) !== undefined) return false;
  const found = (await config).collections.find((c) => c.slug === collection);
  if (!found || found.flattenedFields.some((field) => field.name === 'id')) return false;
  const routes = (found.endpoints || []).filter((e) => e.method === method.toLowerCase() && /^\/[^/]+$/.test(e.path)).map((e) => e.path);
  if (routes.includes(`/${word}`) || routes.some((path) => path.startsWith('/:') && path !== '/:id')) return false;
  return routes.includes('/:id');
}
