import { isDeepStrictEqual } from 'node:util';
import { APIError, type CollectionBeforeOperationHook, type GlobalAfterChangeHook, type GlobalBeforeOperationHook, type PayloadRequest } from 'payload';
import { formatAgo } from '@/lib/format';
import { tableName, transactionDb } from '../sql';
import { editorsLanguage, newsroomText } from '../translations';

const sentStamp = (data: unknown): number | undefined => {
  const stamp = (data as { updatedAt?: unknown } | undefined)?.updatedAt;
  const at = typeof stamp === 'string' ? Date.parse(stamp) : NaN;
  return Number.isFinite(at) ? at : undefined;
};

function refuse(req: PayloadRequest, savedAt: string): never {
  throw new APIError(newsroomText(req, 'savedElsewhere', { ago: formatAgo(savedAt, editorsLanguage(req)) }), 409, { savedAt }, true);
}

/**
 * A save made from a form opened before someone else's save of the same document is refused (409),
 * instead of quietly putting back what that save changed. Payload writes what the form holds, whole:
 * an editor with a story open in two tabs who fixed the headline in one and then the summary in the
 * other lost the headline, both saves answered with "saved". Payload's own warning asks the server
 * once, at the form's first change — a save elsewhere after that went unseen.
 *
 * The admin's form sends the `updatedAt` it was opened with (the hidden field Payload adds to every
 * document, kept current by each save of that form); if the document — its latest draft, for stories
 * — has been saved since, this save is refused, saying when. What the editor typed stays in the form.
 * Runs after oneSaveAtATime's lock: of two saves of the same form sent at once, the second reads the
 * first's save. A client that sends no `updatedAt` (the API's partial PATCH, a bulk action, an
 * import) is not asked: it writes only what it sends. Accounts are not asked either: signing in
 * writes to the account's row (its sessions), which would make an admin's open form of it stale.
 *
 * The admin's "Revert to published" is let through: it reads the live story and sends it back whole,
 * stamped with the live row's `updatedAt`, older than the draft it means to drop. What tells it from
 * a form opened on the live story before a colleague's draft is that it changes nothing readers see:
 * it publishes exactly the live story. Such a form that changed anything is refused as before.
 */
export const refuseStaleSave: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const { id, data } = args as { id?: unknown; data?: unknown };
  const sent = sentStamp(data);
  if (operation !== 'update' || sent === undefined || !req.user || collection.auth || (typeof id !== 'number' && typeof id !== 'string')) return args;
  // As the admin reads it: the latest draft where there are drafts. Not found: Payload answers 404.
  const current = await req.payload.findByID({ collection: collection.slug, id, depth: 0, draft: Boolean(collection.versions?.drafts), select: { updatedAt: true }, req, overrideAccess: false, disableErrors: true });
  const savedAt = current?.updatedAt as string | undefined;
  if (savedAt && Date.parse(savedAt) > sent && !(await republishesLive(args, collection, id, sent, req))) refuse(req, savedAt);
  return args;
};

/** Whether this save publishes, unchanged, the story readers have now: the live row, as the API reads it, and its stamp. */
async function republishesLive(args: Parameters<CollectionBeforeOperationHook>[0]['args'], collection: Parameters<CollectionBeforeOperationHook>[0]['collection'], id: number | string, sent: number, req: PayloadRequest): Promise<boolean> {
  const { draft, data } = args as { draft?: unknown; data?: { _status?: unknown } };
  if (!collection.versions?.drafts || draft || data?._status !== 'published') return false;
  const live = await req.payload.findByID({ collection: collection.slug, id, depth: 0, draft: false, req, overrideAccess: false, disableErrors: true });
  if (!live || live._status !== 'published' || Date.parse(String(live.updatedAt)) !== sent) return false;
  // Both as JSON, as the button received the one and sent the other.
  return isDeepStrictEqual(JSON.parse(JSON.stringify(data)), JSON.parse(JSON.stringify(live)));
}

/** The same for a global (the masthead, the Hijri calendar's correction). */
export const refuseStaleGlobalSave: GlobalBeforeOperationHook = async ({ args, global, operation, req }) => {
  const sent = sentStamp((args as { data?: unknown }).data);
  if (operation !== 'update' || sent === undefined || !req.user) return args;
  const current = await req.payload.findGlobal({ slug: global.slug, depth: 0, draft: Boolean(global.versions?.drafts), select: { updatedAt: true }, req, overrideAccess: false });
  const savedAt = current?.updatedAt as string | undefined;
  if (savedAt && Date.parse(savedAt) > sent) refuse(req, savedAt);
  return args;
};

/**
 * A global's save stamped on its own row. Payload's PostgreSQL adapter writes a document's main row
 * only when something in it changed besides the stamps; the masthead and the Hijri calendar keep
 * everything in lists (tables of their own), so their `updatedAt` never moved — every form looked
 * current, and of two tabs opened before either saved, the second's save quietly removed the first's
 * correction, both answered "saved". Written here in the save's transaction, and given back to the form.
 */
export const stampGlobalSave: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  if ((doc as { _status?: unknown })._status === 'draft') return doc;
  const table = (req.payload.db as unknown as { tableNameMap?: Map<string, string> }).tableNameMap?.get(tableName(global.slug));
  if (!table) throw new Error(`no table for the global ${global.slug}`);
  const { sql } = await import('@payloadcms/db-postgres');
  const updatedAt = new Date().toISOString();
  await (await transactionDb(req)).execute(sql`UPDATE ${sql.identifier(table)} SET updated_at = ${updatedAt}`);
  return { ...doc, updatedAt };
};
