import config from '@payload-config';
import { headers } from 'next/headers';
import { getPayload, type PayloadRequest } from 'payload';
import { readArticleVersions } from '@/cms/access';

/**
 * Whether the person asking may see this story's latest version — its draft or pending edit — in a
 * preview. Draft mode's cookie only says that someone once opened a preview in this browser: it
 * outlives a logout and names no story. So every preview asks the newsroom's own rule for reading a
 * story's versions (cms/access.ts: editors every story's, a writer only their own) with the session
 * that comes with the request. Anyone else — logged out, another writer, an expired session — is
 * shown what readers see.
 */
export async function mayPreview(id: number): Promise<boolean> {
  const payload = await getPayload({ config });
  const { user } = await payload.auth({ headers: await headers() }).catch(() => ({ user: null }));
  if (!user) return false;
  const rule = await readArticleVersions({ req: { user, payload } as unknown as PayloadRequest });
  if (typeof rule === 'boolean') return rule;
  // A condition on the versions (a writer's own): does this story have one that meets it?
  const versions = await payload
    .findVersions({ collection: 'articles', where: { and: [{ parent: { equals: id } }, rule] }, limit: 1, depth: 0, pagination: false, overrideAccess: true })
    .catch(() => undefined);
  return Boolean(versions?.docs.length);
}
