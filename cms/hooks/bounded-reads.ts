import type { AfterErrorHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload';

/**
 * What one request to the CMS's API (REST or GraphQL) may ask of a collection's list.
 *
 * Payload takes `limit=0`, `pagination=false` or `limit=99999999` as "every document": an anonymous
 * `GET /api/articles?limit=0` would read a million published stories into one answer. A visitor
 * without a newsroom session gets pages of at most MAX_PUBLIC_LIMIT, no deeper than
 * MAX_PUBLIC_WINDOW stories into a list (OFFSET costs what it skips), related documents at most
 * MAX_PUBLIC_DEPTH levels deep. The newsroom's own requests (the admin, with a session) are not
 * capped, and the site's server code (Payload's Local API) is untouched.
 *
 * Values that are not what Payload expects (`page=-1`, `limit=abc`) are refused with 400 naming the
 * field, for everyone: Payload passed them on to the database, which failed with a 500.
 */
export const MAX_PUBLIC_LIMIT = 100;
export const MAX_PUBLIC_WINDOW = 10_000;
export const MAX_PUBLIC_DEPTH = 2;

interface ListArgs {
  currentDepth?: unknown;
  depth?: unknown;
  limit?: unknown;
  page?: unknown;
  pagination?: unknown;
  req?: Partial<PayloadRequest>;
}

const isWhole = (value: unknown, min: number): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= min;

/** The first field of a list request that is out of bounds, with why; undefined when all are within them. */
export function listArgsFault(args: ListArgs, anonymous: boolean): { path: string; message: string } | undefined {
  const { depth, limit, page, pagination } = args;
  if (page !== undefined && !isWhole(page, 1)) return { path: 'page', message: 'page must be a whole number from 1' };
  if (limit !== undefined && !isWhole(limit, 0)) return { path: 'limit', message: 'limit must be a whole number from 0' };
  if (depth !== undefined && !isWhole(depth, 0)) return { path: 'depth', message: 'depth must be a whole number from 0' };
  if (!anonymous) return undefined;
  if (pagination === false || limit === 0 || (typeof limit === 'number' && limit > MAX_PUBLIC_LIMIT)) {
    return { path: 'limit', message: `a page holds 1 to ${MAX_PUBLIC_LIMIT} documents` };
  }
  if (typeof page === 'number' && page * (typeof limit === 'number' ? limit : 10) > MAX_PUBLIC_WINDOW) {
    return { path: 'page', message: `lists are read at most ${MAX_PUBLIC_WINDOW} documents deep` };
  }
  if (typeof depth === 'number' && depth > MAX_PUBLIC_DEPTH) return { path: 'depth', message: `depth is at most ${MAX_PUBLIC_DEPTH}` };
  return undefined;
}

/** Every collection's beforeOperation: REST and GraphQL reads, not the Local API. */
export const boundedReads: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'read' || req.payloadAPI === 'local') return args;
  // Payload's own reads for the request (the related documents it fills in, all of them at once,
  // with pagination off) carry the depth they are at: only the request's own read is judged.
  const list = args as ListArgs;
  if (typeof list.currentDepth === 'number' && list.currentDepth > 0) return args;
  const fault = listArgsFault(list, !req.user);
  if (fault) {
    // Loaded here, not at the top: Payload is ESM only, and the rules above are unit-tested without it.
    const { ValidationError } = await import('payload');
    throw new ValidationError({ collection: collection.slug, errors: [fault], req });
  }
  return args;
};

/** PostgreSQL's class 22, "data exception": a value that does not fit its column (22003, 22P02, 22008…). */
function isDataException(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && depth < 5; cause = (cause as { cause?: unknown }).cause, depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) return true;
  }
  return false;
}

/**
 * A query the database cannot hold (`where[id][equals]=99999999999` past an integer column) is the
 * request's fault: 400, not Payload's 500. (A query string that cannot be decoded never reaches
 * Payload: app/(payload)/api/[...slug]/route.ts answers it.)
 */
export const badQueryIsBadRequest: AfterErrorHook = ({ error }) => {
  if (isDataException(error)) return { status: 400, response: { errors: [{ message: 'a value in the query does not fit its field (out of range, or the wrong type)' }] } };
  return undefined;
};
