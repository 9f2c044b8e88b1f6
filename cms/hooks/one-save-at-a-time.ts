import type { CollectionBeforeOperationHook, GlobalBeforeOperationHook, PayloadRequest } from 'payload';
import { MAX_ID } from '../relations';
import { tableName, transactionDb } from '../sql';

/**
 * Payload saves a document by reading it, merging what was sent and writing the whole back. Two
 * saves of one story at the same moment — a wire importer correcting the headline while the desk's
 * script fixes the summary — both read the same story, and the later write put back the other's old
 * value: of 20 pairs of PATCHes at once (one the headline, one the summary), 20 lost one of the two
 * edits, every one answered 200 (scripts/concurrent-saves.mjs; BENCHMARKS.md).
 *
 * Each save of a document (and of a global) first takes a PostgreSQL advisory lock on it, inside the
 * save's own transaction, before Payload reads it: the second waits for the first to commit and then
 * reads what it wrote. The lock ends with the transaction, holds across every server instance, and
 * needs no connection of its own (so it works behind a transaction-mode pooler too). Saves of other
 * documents never wait; no hook of ours saves another document inside a save, so no two saves wait
 * on each other. A save of many documents by a filter (`PATCH /api/articles?where=…`) is not
 * serialised with them: nobody in the newsroom edits that way.
 *
 * Restoring a version ("Restore this version") is a save of its document too, and takes the same
 * lock: a PATCH of the summary sent while a restore ran read the story before the restore and wrote
 * it back after — the restore was gone, both answered 200 (14 of 20 pairs, `node
 * scripts/concurrent-saves.mjs 1003 20 --restore`). A restore names the version, not the story: the
 * story is the version's parent, read first.
 */

/** First key of the lock: this kind of lock, apart from the sessions' (cms/session-lock.ts). */
const SAVES_LOCK = 0x5a7e;

async function lockFor(req: PayloadRequest, name: string): Promise<void> {
  // Without a transaction the lock would end with its own statement: nothing to take.
  if (!req.transactionID) return;
  const { sql } = await import('@payloadcms/db-postgres');
  await (await transactionDb(req)).execute(sql`SELECT pg_advisory_xact_lock(${SAVES_LOCK}, hashtext(${name}))`);
}

/** The story (or other document) a version belongs to; undefined when there is no such version (Payload then answers 404). */
async function parentOf(req: PayloadRequest, slug: string, versionId: unknown): Promise<string | undefined> {
  const id = typeof versionId === 'number' ? versionId : typeof versionId === 'string' && /^\d{1,10}$/.test(versionId) ? Number(versionId) : NaN;
  if (!Number.isSafeInteger(id) || id > MAX_ID) return undefined;
  const { sql } = await import('@payloadcms/db-postgres');
  // Payload's versions table for the collection: `_articles_v`, its parent in parent_id.
  const table = sql.identifier(`_${tableName(slug)}_v`);
  const { rows } = await (await transactionDb(req)).execute(sql`SELECT parent_id FROM ${table} WHERE id = ${id}`);
  const parent = rows[0]?.parent_id;
  return parent === undefined || parent === null ? undefined : String(parent);
}

export const oneSaveAtATime: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const id = (args as { id?: unknown }).id;
  if (operation === 'update' && (typeof id === 'number' || typeof id === 'string')) await lockFor(req, `${collection.slug}:${id}`);
  if (operation === 'restoreVersion' && collection.versions && req.transactionID) {
    const parent = await parentOf(req, collection.slug, id);
    if (parent !== undefined) await lockFor(req, `${collection.slug}:${parent}`);
  }
  return args;
};

export const oneGlobalSaveAtATime: GlobalBeforeOperationHook = async ({ global, operation, req }) => {
  if (operation === 'update' || operation === 'restoreVersion') await lockFor(req, `global:${global.slug}`);
};
