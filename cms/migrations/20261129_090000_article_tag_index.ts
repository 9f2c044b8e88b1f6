import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres';

/**
 * article_tag_index: the keys of a tag's listing — (tag, edition, published_at, article) for every
 * published story's tags — in its own narrow table, so /tag/{name} walks one index newest first
 * instead of collecting every story that ever carried the tag and sorting them (the cost grew with
 * the tag). Scheduled stories are kept with their future published_at: readers' queries keep the
 * `published_at <= now()` condition, so the clock makes them live without a write.
 *
 * Kept by triggers, whoever writes (Payload, the archive generator, a bulk fix):
 * - articles_rels: statement triggers with transition tables (one INSERT … SELECT per statement,
 *   however many rows a bulk insert adds); a tag row removed takes its key with it unless the
 *   story still carries that tag in another row;
 * - articles: a row trigger when status, publication time or edition change (an edit; rare);
 *   a deleted story's tag rows go by cascade and their trigger removes the keys.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "article_tag_index" (
    "tag_id" integer NOT NULL,
    "edition" "enum_articles_edition" NOT NULL,
    "published_at" timestamp(3) with time zone NOT NULL,
    "article_id" integer NOT NULL,
    PRIMARY KEY ("article_id", "tag_id")
  );
  CREATE INDEX "article_tag_index_listing_idx" ON "article_tag_index" USING btree ("tag_id", "edition", "published_at" DESC, "article_id" DESC);

  -- Rebuilds the keys of the given stories from their rows: the one way keys are recomputed.
  CREATE FUNCTION article_tag_index_sync(ids integer[]) RETURNS void LANGUAGE sql AS $$
    DELETE FROM article_tag_index WHERE article_id = ANY(ids);
    INSERT INTO article_tag_index (tag_id, edition, published_at, article_id)
    SELECT DISTINCT r.tags_id, a.edition, a.published_at, a.id
    FROM articles a JOIN articles_rels r ON r.parent_id = a.id AND r.path = 'tags' AND r.tags_id IS NOT NULL
    WHERE a.id = ANY(ids) AND a._status = 'published' AND a.published_at IS NOT NULL AND a.edition IS NOT NULL;
  $$;

  CREATE FUNCTION article_tag_index_rels_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO article_tag_index (tag_id, edition, published_at, article_id)
    SELECT DISTINCT n.tags_id, a.edition, a.published_at, a.id
    FROM new_rows n JOIN articles a ON a.id = n.parent_id
    WHERE n.path = 'tags' AND n.tags_id IS NOT NULL
      AND a._status = 'published' AND a.published_at IS NOT NULL AND a.edition IS NOT NULL
    ON CONFLICT DO NOTHING;
    RETURN NULL;
  END $$;

  CREATE FUNCTION article_tag_index_rels_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    DELETE FROM article_tag_index x USING old_rows o
    WHERE o.path = 'tags' AND x.article_id = o.parent_id AND x.tag_id = o.tags_id
      AND NOT EXISTS (SELECT 1 FROM articles_rels r WHERE r.parent_id = o.parent_id AND r.path = 'tags' AND r.tags_id = o.tags_id);
    RETURN NULL;
  END $$;

  CREATE FUNCTION article_tag_index_rels_updated() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM article_tag_index_sync(ARRAY(SELECT parent_id FROM old_rows UNION SELECT parent_id FROM new_rows));
    RETURN NULL;
  END $$;

  CREATE FUNCTION article_tag_index_article_changed() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM article_tag_index_sync(ARRAY[NEW.id]);
    RETURN NULL;
  END $$;

  CREATE TRIGGER article_tag_index_rels_inserted AFTER INSERT ON articles_rels
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_tag_index_rels_inserted();
  CREATE TRIGGER article_tag_index_rels_deleted AFTER DELETE ON articles_rels
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION article_tag_index_rels_deleted();
  CREATE TRIGGER article_tag_index_rels_updated AFTER UPDATE ON articles_rels
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_tag_index_rels_updated();
  CREATE TRIGGER article_tag_index_article_changed AFTER UPDATE OF _status, published_at, edition ON articles
    FOR EACH ROW WHEN (OLD._status IS DISTINCT FROM NEW._status OR OLD.published_at IS DISTINCT FROM NEW.published_at OR OLD.edition IS DISTINCT FROM NEW.edition)
    EXECUTE FUNCTION article_tag_index_article_changed();

  -- The stories already there.
  INSERT INTO article_tag_index (tag_id, edition, published_at, article_id)
  SELECT DISTINCT r.tags_id, a.edition, a.published_at, a.id
  FROM articles a JOIN articles_rels r ON r.parent_id = a.id AND r.path = 'tags' AND r.tags_id IS NOT NULL
  WHERE a._status = 'published' AND a.published_at IS NOT NULL AND a.edition IS NOT NULL;
  ANALYZE article_tag_index;
  `);
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TRIGGER IF EXISTS article_tag_index_article_changed ON articles;
  DROP TRIGGER IF EXISTS article_tag_index_rels_updated ON articles_rels;
  DROP TRIGGER IF EXISTS article_tag_index_rels_deleted ON articles_rels;
  DROP TRIGGER IF EXISTS article_tag_index_rels_inserted ON articles_rels;
  DROP FUNCTION IF EXISTS article_tag_index_article_changed();
  DROP FUNCTION IF EXISTS article_tag_index_rels_updated();
  DROP FUNCTION IF EXISTS article_tag_index_rels_deleted();
  DROP FUNCTION IF EXISTS article_tag_index_rels_inserted();
  DROP FUNCTION IF EXISTS article_tag_index_sync(integer[]);
  DROP TABLE IF EXISTS article_tag_index;
  `);
}
