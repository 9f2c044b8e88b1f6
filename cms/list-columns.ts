import type { Field, SanitizedConfig } from 'payload';

/**
 * A picture's fields that only the file store and Payload read — where the file and its thumbnail
 * are, their MIME types, the store's key and folder. Payload and the store plugin add them after our
 * collection is read (payload/dist/uploads/getBaseFields.js, @payloadcms/plugin-cloud-storage
 * getFields.js), hidden from the form but offered in the pictures list's column picker and filters, in
 * English: "Thumbnail URL", "_object Key", "Sizes > Thumbnail > MIME Type". An editor has the picture,
 * its file name, size and dimensions, all named in Arabic.
 */
const STORE_FIELDS = new Set(['url', 'thumbnailURL', 'mimeType', 'prefix', '_objectKey', 'sizes']);

function outOfLists(field: Field): void {
  field.admin = Object.assign(field.admin ?? {}, { disableListColumn: true, disableListFilter: true });
  if ('fields' in field) field.fields.forEach(outOfLists);
}

/**
 * Keeps those fields out of the pictures list, on the built config: they exist only once Payload has
 * built it, so no field of ours can carry the setting. The admin's client config is made from this
 * config when an editor opens the admin, after it.
 */
export function picturesListOffersWhatEditorsRead(config: SanitizedConfig): SanitizedConfig {
  const media = config.collections.find((collection) => collection.slug === 'media');
  for (const field of media?.fields ?? []) {
    if ('name' in field && STORE_FIELDS.has(field.name)) outOfLists(field);
  }
  return config;
}
