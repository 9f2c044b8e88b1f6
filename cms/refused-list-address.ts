import config from '@payload-config';
import { createLocalReq, getPayload, type Payload, QueryError, validateQueryPaths, type Where } from 'payload';
import { fieldKinds } from './hooks/bounded-reads';
import { type AddressFault, judgeListQuery, listAddress, listQuery } from './list-address';

/** A list's address refused (cms/list-address): what is refused, and the list's addresses with the rest of the query and with none. */
export interface RefusedListAddress {
  faults: AddressFault[];
  kept: string;
  whole: string;
}

/** The paths of a filter Payload cannot query — no such field, no such comparison — by its own rule (its QueryError). */
async function unqueryablePaths(payload: Payload, where: unknown, collection: string): Promise<Set<string>> {
  if (typeof where !== 'object' || where === null) return new Set();
  // Which fields exist is asked here, not who may read them: a field an editor may not read is
  // Payload's to answer, as it does (an empty list).
  const req = await createLocalReq({}, payload);
  try {
    await validateQueryPaths({ collectionConfig: payload.collections[collection]!.config, overrideAccess: true, req, where: where as Where });
    return new Set();
  } catch (error) {
    if (!(error instanceof QueryError)) throw error;
    return new Set((error.data as { path: string }[]).map(({ path }) => path));
  }
}

/**
 * For the admin's page: whether the address opens a collection's list (or its trash) with a query
 * the list cannot be read by; undefined for any other page, for a query it can, and for anyone who
 * may not read the list.
 */
export async function refusedListAddress(
  segments: readonly string[] | undefined,
  searchParams: Record<string, string | string[] | undefined>,
  headers: Headers,
): Promise<RefusedListAddress | undefined> {
  const [area, slug, view, ...rest] = segments ?? [];
  if (area !== 'collections' || !slug || rest.length || (view !== undefined && view !== 'trash')) return undefined;
  const query = listQuery(searchParams);
  if (query.page === undefined && query.limit === undefined && query.where === undefined) return undefined;
  const payload = await getPayload({ config });
  const collection = payload.collections[slug]?.config;
  // An unknown collection, or one the admin does not show (migrations, preferences), is Payload's not-found page.
  if (!collection || collection.admin.hidden) return undefined;
  const judge = { ...fieldKinds(collection), unqueryable: await unqueryablePaths(payload, query.where, slug) };
  const { faults, kept } = judgeListQuery(query, judge);
  if (!faults.length) return undefined;
  // Only to whom may read the list: to anyone else Payload answers as for any list of theirs (sign in,
  // or not found), and nothing is told of its fields.
  const { permissions, user } = await payload.auth({ headers });
  if (!user || !permissions.collections?.[slug]?.read) return undefined;
  const list = `${payload.config.routes.admin}/collections/${slug}${view ? `/${view}` : ''}`;
  return { faults, kept: listAddress(list, kept), whole: list };
}
