import type { CollectionBeforeOperationHook } from 'payload';
import { transactionDb } from '../sql';
import { MAX_ID } from '../relations';
import { newsroomText } from '../translations';
import { refuseFields } from '../field-labels';

/**
 * A save of a live story that says neither its status (`_status`) nor that it is a draft
 * (`?draft=true`), while a draft of the story waits (saved, not yet published). Payload takes the
 * status of the latest version for what it writes — the waiting draft's — so such a PATCH (a wire
 * importer correcting a headline the way README shows) took the story down: readers got 410, and the
 * draft's unpublished text became the story's own row. Refused, naming `_status`, so the client says
 * which it means: publish the story with its draft and this change, or add the change to the draft.
 * A save of a story with no draft waiting, or of one not live, keeps its status as before.
 */
export const refuseSaveOverPendingDraft: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'update') return args;
  const { id, draft, data } = args as { id?: unknown; draft?: unknown; data?: { _status?: unknown } };
  if (draft || data?._status !== undefined) return args;
  const story = Number(id);
  if ((typeof id !== 'number' && typeof id !== 'string') || !Number.isSafeInteger(story) || story < 1 || story > MAX_ID) return args;
  const { sql } = await import('@payloadcms/db-postgres');
  const { rows } = await (await transactionDb(req)).execute(
    sql`SELECT a._status = 'published' AND v.version__status = 'draft' AS over_draft
        FROM articles a JOIN _articles_v v ON v.parent_id = a.id AND v.latest WHERE a.id = ${story}`,
  );
  if (!rows[0]?.over_draft) return args;
  return refuseFields(req, { collection: collection.slug }, [{ path: '_status', message: newsroomText(req, 'pendingDraftStatus') }]);
};
