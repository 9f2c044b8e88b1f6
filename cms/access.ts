import type { Access, FieldAccess, PayloadRequest, Where } from 'payload';

/**
 * Who may do what in the newsroom. Three roles, each a superset of the one before:
 * - writer: writes and edits their own drafts; can never publish, unpublish or touch the masthead;
 * - editor: publishes, unpublishes and corrects any story, runs breaking news, keeps writers and tags;
 * - admin: everything, including sections, the masthead and the newsroom's accounts.
 */
export const ROLES = ['writer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

type User = { id: number | string; role?: Role | null } | null | undefined;

const rank: Record<Role, number> = { writer: 1, editor: 2, admin: 3 };

export function hasRole(user: User, role: Role): boolean {
  return Boolean(user?.role && rank[user.role] >= rank[role]);
}

const userOf = (req: PayloadRequest) => req.user as User;

export const anyone: Access = () => true;
export const staff: Access = ({ req }) => Boolean(userOf(req));
export const editors: Access = ({ req }) => hasRole(userOf(req), 'editor');
export const admins: Access = ({ req }) => hasRole(userOf(req), 'admin');
export const adminField: FieldAccess = ({ req }) => hasRole(userOf(req), 'admin');
/** A field only the newsroom sees, or may filter on, through the API (reader pages read the tables themselves). */
export const staffField: FieldAccess = ({ req }) => Boolean(userOf(req));

/** Readers (and anyone not logged in) see only what is published and due. */
export function publishedAndDue(): Where {
  return { and: [{ _status: { equals: 'published' } }, { publishedAt: { less_than_equal: new Date().toISOString() } }] };
}

/**
 * Pictures: their records (alt text, caption, file name) are the newsroom's — a picture uploaded for
 * an embargoed story would otherwise name it in /api/media. Readers never need them: pages read a
 * story's picture through the content source, and the file itself stays open to all (the image
 * optimizer and the preview fetch it without a session, and a media store such as Vercel Blob serves
 * its files publicly anyway): an unlisted file, never listed. A rule "shown by a published story"
 * was tried and dropped: through the stories' join it read every story sharing a picture, for every
 * anonymous request (85,000 at a million generated stories).
 */
export const readMedia: Access = ({ req, isReadingStaticFile }) => Boolean(userOf(req) || isReadingStaticFile);

/** Articles: readers see the published and due; writers also their own; editors everything. */
export const readArticles: Access = ({ req }) => {
  const user = userOf(req);
  if (hasRole(user, 'editor')) return true;
  if (user) return { or: [{ author: { equals: user.id } }, publishedAndDue()] };
  return publishedAndDue();
};

/**
 * A story's versions — its drafts, pending edits and scheduled text: editors read every story's; a
 * writer only those of the stories they started (never another writer's unpublished work or an
 * embargoed story); nobody anonymous. The preview shows the latest version only to whom this allows
 * (lib/publishing/preview.ts).
 */
export const readArticleVersions: Access = ({ req }) => {
  const user = userOf(req);
  if (hasRole(user, 'editor')) return true;
  return user ? { 'version.author': { equals: user.id } } : false;
};

/** Publishing is an editor's act: a writer's save can only ever be a draft. */
function publishes(data: unknown): boolean {
  return (data as { _status?: string } | undefined)?._status === 'published';
}

export const createArticles: Access = ({ req, data }) => {
  const user = userOf(req);
  if (!user) return false;
  return hasRole(user, 'editor') || !publishes(data);
};

/** Editors edit anything; a writer only their own stories that are still drafts, and only as drafts. */
export const updateArticles: Access = ({ req, data }) => {
  const user = userOf(req);
  if (hasRole(user, 'editor')) return true;
  if (!user || publishes(data)) return false;
  const ownDrafts: Where = { and: [{ author: { equals: user.id } }, { _status: { equals: 'draft' } }] };
  return ownDrafts;
};

/** Users: an admin sees everyone; anybody else only themselves; nobody anonymous. */
export const readUsers: Access = ({ req }) => {
  const user = userOf(req);
  if (hasRole(user, 'admin')) return true;
  return user ? { id: { equals: user.id } } : false;
};

export const updateUsers: Access = ({ req }) => {
  const user = userOf(req);
  if (hasRole(user, 'admin')) return true;
  return user ? { id: { equals: user.id } } : false;
};
