import { sql } from '@payloadcms/db-postgres/drizzle';
import { type ExtraConfigColumn, index, uniqueIndex } from '@payloadcms/db-postgres/drizzle/pg-core';
import type { PostgresSchemaHook } from '@payloadcms/drizzle/postgres';

/**
 * Indexes the reader's queries need beyond Payload's own (one per column). Each listing reads
 * published stories of one edition newest first; a partial index in exactly that order answers it
 * by walking the index, however large the archive (lib/content/postgres-source.ts; the plans are
 * checked by __tests__/integration/query-plans.test.ts).
 */
const PUBLISHED = sql`_status = 'published'`;

export const indexes: PostgresSchemaHook = ({ schema, extendTable }) => {
  const { articles, tags, _articles_v: versions } = schema.tables;
  extendTable({
    table: articles!,
    extraConfig: (t) => ({
      // Front page, feeds, sitemaps: an edition, newest first.
      articles_edition_published_idx: index('articles_edition_published_idx').on(t.edition, t.publishedAt.desc(), t.id.desc()).where(PUBLISHED),
      // Sitemap files: an edition's stories by id, a block of ids at a time (lib/content/source's
      // INDEX_BLOCK_IDS); with the publication time in the index, finding the blocks reads no row.
      articles_edition_id_idx: index('articles_edition_id_idx').on(t.edition, t.id, t.publishedAt).where(PUBLISHED),
      // Section pages and feeds.
      articles_section_published_idx: index('articles_section_published_idx')
        .on(t.section, t.edition, t.publishedAt.desc(), t.id.desc())
        .where(PUBLISHED),
      // A writer's page and feed: one edition at a time, like a section's.
      articles_writer_published_idx: index('articles_writer_published_idx').on(t.writer, t.edition, t.publishedAt.desc(), t.id.desc()).where(PUBLISHED),
      // The newsroom finding a story by a piece of its headline, as any spelling of it (the
      // headline key, cms/headline-key.ts), through the API without drafts: Payload's `like` is
      // ILIKE '%…%', which only a trigram index answers without reading every story.
      articles_headline_key_trigram_idx: index('articles_headline_key_trigram_idx').using('gin', t.headlineKey.op('gin_trgm_ops')),
    }),
  });
  extendTable({
    table: versions!,
    extraConfig: (t) => ({
      // The admin's list searches the latest version of each story by its headline key (draft=true):
      // at a million stories ILIKE read the whole table — 2 s a search, and again for the count.
      _articles_v_latest_headline_key_trigram_idx: index('_articles_v_latest_headline_key_trigram_idx')
        .using('gin', (t as unknown as Record<string, ExtraConfigColumn>).version_headlineKey!.op('gin_trgm_ops'))
        .where(sql`latest`),
    }),
  });
  extendTable({
    table: tags!,
    extraConfig: (t) => ({
      // One tag per name per edition: /tag/{name} names exactly one.
      tags_edition_name_idx: uniqueIndex('tags_edition_name_idx').on(t.edition, t.name),
      // A tag page asked in other letter case (/en/tag/spacex for SpaceX) finds the tag's spelling by
      // its lowercase (lib/content/postgres-source's tagSpelling). Not unique: the newsroom may keep
      // "SpaceX" and "Spacex" apart, and then neither is guessed.
      tags_edition_lower_name_idx: index('tags_edition_lower_name_idx').on(t.edition, sql`lower(${t.name})`),
    }),
  });
  return schema;
};
