import type { CollectionBeforeOperationHook } from 'payload';
import { hasRole } from '../access';
import { MAX_ID } from '../relations';
import { transactionDb } from '../sql';

/**
 * A writer's save is a draft, always, and never of a live story (cms/access.ts: publishing and
 * unpublishing are an editor's). The access rules see only what the request says, and two saves
 * said nothing of it: a duplicate of a live story, whose status Payload copies from the original
 * after the rules have run (a writer published a story of their own words through
 * `POST /api/articles/{id}/duplicate`, or GraphQL's `duplicateArticle`, which has no draft argument);
 * and a save of the writer's own live story while an editor's draft of it waited — the rules judge
 * a story by its latest version, the draft, so a PATCH of `"_status": "draft"` without `?draft=true`
 * took the story down. So every save by a writer is made a draft here, before Payload decides
 * anything, and a save of a story whose published row readers get is refused, saying why.
 */
export const keepWritersToDrafts: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  // No user: the server's own work (the import, the archive generator, the publishing clock), or a
  // visitor, whom the access rules refuse.
  const user = req.user as Parameters<typeof hasRole>[0];
  if ((operation !== 'create' && operation !== 'update') || !user || hasRole(user, 'editor')) return args;
  const { id: asked, data } = args as { id?: unknown; data?: { _status?: unknown } };
  const id = Number(asked);
  // Asked to publish, a writer is told no (as the access rules answer), not given a draft instead.
  if (data?._status === 'published' || (operation === 'update' && Number.isSafeInteger(id) && id >= 1 && id <= MAX_ID && (await isLive(req, id)))) {
    // Loaded here: Payload is ESM only, and this module is loaded by the config before it.
    const { Forbidden } = await import('payload');
    throw new Forbidden(req.t);
  }
  return { ...args, draft: true };
};

/** Whether readers get the story's own row (published, now or at its time): whatever drafts of it wait. */
async function isLive(req: Parameters<CollectionBeforeOperationHook>[0]['req'], id: number): Promise<boolean> {
  const { sql } = await import('@payloadcms/db-postgres');
  const { rows } = await (await transactionDb(req)).execute(sql`SELECT _status = 'published' AS live FROM articles WHERE id = ${id}`);
  return Boolean(rows[0]?.live);
}
