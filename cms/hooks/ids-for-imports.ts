import type { CollectionBeforeValidateHook } from 'payload';

/**
 * Ids are the system's: the database adapter lets a create name its id (allowIDOnCreate) so that
 * the import keeps the paper's legacy numbering (the seed is /news/1001, req.context.importing), and
 * nobody else may. For every collection: a writer who named the next tag's or picture's number
 * made the next one anybody created collide with it — a story's save that made a tag failed (500).
 */
export const idsOnlyForImports: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  if (data && operation === 'create' && !req.context?.importing) delete data.id;
  return data;
};
