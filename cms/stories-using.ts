import type { PayloadRequest } from 'payload';
import { relationId } from './relations';

/**
 * How many stories point at a document through `field` — their live copy or the draft waiting to
 * replace it. A picture, a tag or a writer they point at is not deleted (409): the database would
 * empty the reference, and a story would lose its picture, its tag or its writer's name without
 * anyone deciding so, while its cached page still showed them.
 */
export async function storiesUsing(req: PayloadRequest, field: 'image' | 'tags' | 'writer', id: number | string): Promise<number> {
  // A hasMany field (tags) matches when any of its values is the id.
  const pointsAt = field === 'tags' ? { in: [id] } : { equals: id };
  const [live, drafts] = await Promise.all([
    req.payload.find({ collection: 'articles', where: { [field]: pointsAt }, select: {}, depth: 0, pagination: false, req, overrideAccess: true }),
    req.payload.findVersions({
      collection: 'articles',
      where: { and: [{ [`version.${field}`]: pointsAt }, { latest: { equals: true } }] },
      depth: 0,
      pagination: false,
      req,
      overrideAccess: true,
    }),
  ]);
  return new Set([...live.docs.map((story) => relationId(story.id)), ...drafts.docs.map((version) => relationId(version.parent))]).size;
}
