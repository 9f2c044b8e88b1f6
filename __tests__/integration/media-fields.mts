/**
 * Prints the pictures collection's stored fields as payload.config.ts builds them in this process's
 * environment (with or without BLOB_READ_WRITE_TOKEN): run by media-store.test.ts through tsx, since
 * the config is an ES module Jest does not load.
 */
const { default: config } = await import('../../payload.config');
const media = (await config).collections.find((collection) => collection.slug === 'media')!;
console.log(JSON.stringify(media.fields.flatMap((field) => ('name' in field ? [field.name] : [])).sort()));
