import type { CollectionAfterOperationHook } from 'payload';
import { relationId } from '../relations';
import { transactionDb } from '../sql';
import { answeredDocs } from './answered-docs';

type Doc = { author?: unknown; editedBy?: unknown; startedBy?: string; lastSavedBy?: string };

/**
 * Who started a story and who saved it last, by name (or, for an account without one, its address),
 * for the newsroom's sidebar and list. The stories keep the accounts (`author`, `editedBy`), but only
 * admins read other accounts: an editor opening a writer's draft saw «بدون عنوان - ID: 3» where the
 * writer's name belongs. The names are read here, for every story of the answer in one query, and
 * nothing else of the accounts is given.
 */
export const showWhoSaved: CollectionAfterOperationHook<'articles'> = async ({ operation, result, req }) => {
  if (!req.user) return result;
  const docs = answeredDocs<Doc>(operation, result);
  const ids = [...new Set(docs.flatMap((doc) => [relationId(doc.author), relationId(doc.editedBy)]).filter((id): id is number => Number.isSafeInteger(id)))];
  if (!ids.length) return result;
  const { sql } = await import('@payloadcms/db-postgres');
  const { rows } = await (await transactionDb(req)).execute(sql`SELECT id, COALESCE(NULLIF(btrim(name), ''), email) AS shown FROM users WHERE id = ANY(${`{${ids.join(',')}}`}::int[])`);
  const names = new Map(rows.map((row) => [Number(row.id), String(row.shown)]));
  for (const doc of docs) {
    const startedBy = names.get(relationId(doc.author) ?? NaN);
    const lastSavedBy = names.get(relationId(doc.editedBy) ?? NaN);
    if (startedBy) doc.startedBy = startedBy;
    if (lastSavedBy) doc.lastSavedBy = lastSavedBy;
  }
  return result;
};
