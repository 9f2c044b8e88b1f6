import type { CollectionAfterOperationHook } from 'payload';
import { readerStateAs, READER_STATES, type ReaderState } from '@/lib/content/reader-state';
import { transactionDb } from '../sql';
import { answeredDocs } from './answered-docs';

/**
 * The stories' list and a story's sidebar say what readers get of it — live, scheduled, withdrawn
 * (410) or never published — from the story's published row, by the site's own rule
 * (lib/content/reader-state). The admin reads the latest version of each story, draft or not, and
 * Payload's own status column calls every story with a published version in its history "changed":
 * a story taken down looked like a live one with edits waiting, and a scheduled one like a live one.
 *
 * One query for a whole page of the list. Staff only, like the story's other bookkeeping
 * (firstPublishedAt): a visitor reads live stories alone. A save's answer says it too: the admin's
 * form takes its fields from that answer, and said «لم يُنشر» under a story just published until the
 * page was reloaded. Payload's Unpublish resets the form from the data the page opened with, not from
 * its answer: the sidebar's field asks again (cms/components/ReaderStateField).
 */
export const showReaderState: CollectionAfterOperationHook<'articles'> = async ({ operation, result, req }) => {
  if (!req.user) return result;
  const docs = answeredDocs<{ id?: unknown; readers?: ReaderState }>(operation, result);
  const ids = docs.map((doc) => Number(doc.id)).filter(Number.isSafeInteger);
  if (!ids.length) return result;
  const { sql } = await import('@payloadcms/db-postgres');
  const db = await transactionDb(req);
  const { rows } = await db.execute(sql`SELECT a.id, ${sql.raw(readerStateAs('a', 'clock_timestamp()'))} AS state FROM articles a WHERE a.id = ANY(${`{${ids.join(',')}}`}::int[])`);
  const states = new Map(rows.map((row) => [Number(row.id), row.state as ReaderState]));
  for (const doc of docs) {
    const state = states.get(Number(doc.id));
    if (state && READER_STATES.includes(state)) doc.readers = state;
  }
  return result;
};
