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
export const staffField: FieldAccess = ({ req }) => Boolean(userOf(req));
export const adminField: FieldAccess = ({ req }) => hasRole(userOf(req), 'admin');

/**
 * Readers (and anyone not logged in) see only what is published and due. `path` reads it through a
 * join to the stories (`stories.`): both conditions then hold for the same story.
 */
export function publishedAndDue(path = ''): Where {
  return { and: [{ [`${path}_status`]: { equals: 'published' } }, { [`${path}publishedAt`]: { less_than_equal: new Date().toISOString() } }] };
}

/**
 * Pictures: the newsroom sees every upload. Anyone else reads a picture's record (its alt text,
 * caption and file name) only once readers can see it — in a published story that is due, or as a
 * writer's portrait: a picture uploaded for an embargoed story would otherwise name it. Through the
 * `stories`/`portraits` joins (cms/collections/Media.ts) the rule is one query, not a list of ids.
 * The file itself stays open to all: the image optimizer and the preview fetch it without a session,
 * and a media store (Vercel Blob) serves its files publicly anyway — an unlisted file, never listed.
 */
export const readMedia: Access = ({ req, isReadingStaticFile }) => {
  if (userOf(req) || isReadingStaticFile) return true;
  return { or: [publishedAndDue('stories.'), { 'portraits.id': { exists: true } }] };
};

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
