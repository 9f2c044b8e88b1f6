import path from 'node:path';
import { postgresAdapter } from '@payloadcms/db-postgres';
import { vercelBlobStorage } from '@payloadcms/storage-vercel-blob';
import { ar } from '@payloadcms/translations/languages/ar';
import { en } from '@payloadcms/translations/languages/en';
import { buildConfig } from 'payload';
import sharp from 'sharp';
import { Articles } from './cms/collections/Articles';
import { Breaking } from './cms/collections/Breaking';
import { LatinNames } from './cms/collections/LatinNames';
import { Media } from './cms/collections/Media';
import { Sections } from './cms/collections/Sections';
import { Tags } from './cms/collections/Tags';
import { Users } from './cms/collections/Users';
import { Writers } from './cms/collections/Writers';
import { storyEditor } from './cms/editor';
import { Hijri } from './cms/globals/Hijri';
import { topFieldLimit } from './cms/graphql-limits';
import { badQueryIsBadRequest, boundedReads } from './cms/hooks/bounded-reads';
import { unreadableBodyIsBadRequest } from './cms/hooks/unreadable-bodies';
import { refuseMisshapenGlobalValues, refuseMisshapenValues } from './cms/hooks/field-shapes';
import { oneGlobalSaveAtATime, oneSaveAtATime } from './cms/hooks/one-save-at-a-time';
import { refuseStaleGlobalSave, refuseStaleSave, stampGlobalSave } from './cms/hooks/stale-save';
import { idsOnlyForImports } from './cms/hooks/ids-for-imports';
import { answerRefusalsWhole } from './cms/hooks/refusals-whole';
import { labelRefusedFields } from './cms/field-labels';
import { Masthead } from './cms/globals/Masthead';
import { indexes } from './cms/indexes';
import { buildServerRenderedLabelsPerRequest, collectionInEditorsLanguage, globalInEditorsLanguage } from './cms/labels';
import { picturesListOffersWhatEditorsRead } from './cms/list-columns';
import { translations } from './cms/translations';
import { unshownInVersions } from './cms/unshown-fields';
import { UPLOAD_BODY_LIMIT } from './lib/body-limits';
import { databaseUrl, poolSize } from './lib/db/connection';

// The admin's server-rendered labels in each editor's language (cms/labels).
buildServerRenderedLabelsPerRequest();

/**
 * The newsroom (Payload CMS 3) inside the same Next app: the admin at /admin in Arabic, right to
 * left, by default; its REST and GraphQL APIs under /api. Reader pages never load any of this:
 * they read the same tables through lib/content.
 */

function secret(): string {
  const value = process.env.PAYLOAD_SECRET?.trim();
  // No default: a guessable secret signs every session. The start script makes one per machine
  // for the embedded database; production must set its own.
  if (!value || value.length < 32) throw new Error('PAYLOAD_SECRET must be set to at least 32 random characters (e.g. `openssl rand -hex 32`).');
  return value;
}

export default buildConfig({
  secret: secret(),
  serverURL: process.env.SITE_URL || undefined,
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' | الوفد', robots: 'noindex, nofollow' },
    // No gravatar: the admin loads nothing from other sites.
    avatar: 'default',
    // Read by the import-map generator only (npm's `tsx scripts/database.ts generate`), never traced into functions.
    importMap: {
      baseDir: path.resolve(/* turbopackIgnore: true */ process.cwd()),
      importMapFile: path.resolve(/* turbopackIgnore: true */ process.cwd(), 'app/(payload)/admin/importMap.ts'),
    },
    // One pattern for both languages: no comma, Arabic «،» or Latin «,», that reads wrong in the other.
    dateFormat: 'd MMMM yyyy HH:mm',
    // The paper's mark, where Payload showed its own (the sign-in page, the breadcrumbs).
    components: { graphics: { Logo: '/cms/components/NewsroomMark#NewsroomLogo', Icon: '/cms/components/NewsroomMark#NewsroomIcon' } },
  },
  i18n: { supportedLanguages: { ar, en }, fallbackLanguage: 'ar', translations },
  // A value its field cannot take is refused before anything reads it (cms/hooks/field-shapes.ts);
  // saves of one document run one at a time (cms/hooks/one-save-at-a-time.ts), and one from a form
  // opened before another's save is refused (cms/hooks/stale-save.ts); every list the API serves is
  // bounded (cms/hooks/bounded-reads.ts).
  // Every label reaches the admin as words in the editor's language (cms/labels.ts); a field the
  // form never shows stays out of the versions' comparison (cms/unshown-fields.ts).
  collections: [Articles, Sections, Tags, Writers, Media, Breaking, LatinNames, Users].map(collectionInEditorsLanguage).map((collection) => ({
    ...collection,
    fields: unshownInVersions(collection.fields),
    hooks: {
      ...collection.hooks,
      beforeOperation: [refuseMisshapenValues, ...(collection.hooks?.beforeOperation ?? []), boundedReads, oneSaveAtATime, refuseStaleSave],
      beforeValidate: [idsOnlyForImports, ...(collection.hooks?.beforeValidate ?? [])],
    },
  })),
  hooks: { afterError: [answerRefusalsWhole, labelRefusedFields, badQueryIsBadRequest, unreadableBodyIsBadRequest] },
  globals: [Masthead, Hijri].map(globalInEditorsLanguage).map((global) => ({
    ...global,
    fields: unshownInVersions(global.fields),
    hooks: {
      ...global.hooks,
      beforeOperation: [refuseMisshapenGlobalValues, ...(global.hooks?.beforeOperation ?? []), oneGlobalSaveAtATime, refuseStaleGlobalSave],
      afterChange: [stampGlobalSave, ...(global.hooks?.afterChange ?? [])],
    },
  })),
  editor: storyEditor,
  db: postgresAdapter({
    pool: { connectionString: databaseUrl(), max: poolSize() },
    // The schema changes only through committed migrations (cms/migrations), never by push.
    push: false,
    migrationDir: path.resolve(process.cwd(), 'cms/migrations'),
    allowIDOnCreate: true,
    afterSchemaInit: [indexes],
  }),
  sharp,
  // A picture up to the server's limit for uploads (lib/body-limits: 40 MB, refused above it in the
  // editor's language, lib/server/answers.ts). Payload's own default stopped a 25 MB camera picture
  // at 20 MB, with a 413 that said "An unknown error occurred."
  upload: { limits: { fileSize: UPLOAD_BODY_LIMIT } },
  // A bound on the reads one request makes, beside Payload's on its size (cms/graphql-limits.ts).
  graphQL: { disablePlaygroundInProduction: true, validationRules: () => [topFieldLimit] },
  telemetry: false,
  plugins: [
    vercelBlobStorage({
      // On Vercel the disk is read-only: uploads go to Vercel Blob when its token is set.
      enabled: Boolean(process.env.BLOB_READ_WRITE_TOKEN),
      // Files at the store's root (no folder): named here so the prefix column exists in both modes.
      collections: { media: { prefix: '' } },
      token: process.env.BLOB_READ_WRITE_TOKEN ?? '',
      // The store's columns (media.prefix, media._objectkey) are in the schema with or without a
      // token, so the committed migrations fit both: without this, a deployment with a token asked
      // for a column no migration made, and every query on pictures failed.
      alwaysInsertFields: true,
      // From the editor's browser straight to the store: a Vercel function takes at most 4.5 MB of
      // body, less than a camera's original (cut to 2,400 px once stored, cms/collections/Media.ts).
      clientUploads: true,
    }),
  ],
}).then(picturesListOffersWhatEditorsRead);
