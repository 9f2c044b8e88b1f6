import type pg from 'pg';
import type { Locale } from '@/lib/locales';
import { TAGS } from './pool/tags';
import { ARCHIVE_BASE } from './range';
import type { ArchiveParameters, Library, Story } from './story';
import type { GeneratedWriter } from './writers';

/**
 * The generator's SQL, straight into the tables Payload owns (cms/migrations): the bulk path.
 * Every INSERT names its columns, so columns added later (search vectors, say) take their
 * defaults or are filled by their triggers; the CMS's hooks do not run (nothing here goes
 * through Payload), which is why cms/hooks' work — tags by name, first publication — is done
 * here, and why a running site is told separately (notify.ts).
 */

/** Where the archive's seed and anchor are kept (Payload's key-value table), so every run agrees on them. */
const KEY = 'alwafd:archive';

export async function readParameters(db: pg.ClientBase): Promise<ArchiveParameters | undefined> {
  const { rows } = await db.query<{ data: { seed: number; anchor: string } }>('SELECT data FROM payload_kv WHERE key = $1', [KEY]);
  const data = rows[0]?.data;
  return data ? { seed: data.seed, anchor: Date.parse(data.anchor) } : undefined;
}

export async function saveParameters(db: pg.ClientBase, parameters: ArchiveParameters): Promise<void> {
  await db.query('INSERT INTO payload_kv (key, data) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [
    KEY,
    { seed: parameters.seed, anchor: new Date(parameters.anchor).toISOString() },
  ]);
}

export async function forgetParameters(db: pg.ClientBase): Promise<void> {
  await db.query('DELETE FROM payload_kv WHERE key = $1', [KEY]);
}

/** The generated writers, in the reserved id range; a real writer already holding a slug is named, not overwritten. */
export async function ensureWriters(db: pg.ClientBase, writers: readonly GeneratedWriter[]): Promise<number[]> {
  try {
    await db.query(
      `INSERT INTO writers (id, slug, name_ar, name_en, column_ar, column_en, bio_ar, bio_en)
       SELECT * FROM unnest($1::int[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[], $6::varchar[], $7::varchar[], $8::varchar[])
       ON CONFLICT (id) DO NOTHING`,
      [
        writers.map((w) => w.id),
        writers.map((w) => w.slug),
        writers.map((w) => w.name.ar),
        writers.map((w) => w.name.en),
        writers.map((w) => w.column?.ar ?? null),
        writers.map((w) => w.column?.en ?? null),
        writers.map((w) => w.bio.ar),
        writers.map((w) => w.bio.en),
      ],
    );
  } catch (error) {
    if ((error as { constraint?: string }).constraint === 'writers_slug_idx') {
      throw new Error(`a writer the newsroom created already has the slug of a generated one (${(error as { detail?: string }).detail}); rename that writer's slug or change the archive's seed`);
    }
    throw error;
  }
  return writers.map((w) => w.id);
}

/**
 * The tag pool in both editions, in the reserved range. A name the newsroom already uses keeps
 * its real tag (one tag per name per edition), which generated stories then share.
 */
export async function ensureTags(db: pg.ClientBase): Promise<Record<Locale, number[]>> {
  const editions: Locale[] = ['ar', 'en'];
  const ids: number[] = [];
  const names: string[] = [];
  const tagEditions: Locale[] = [];
  TAGS.forEach((tag, i) =>
    editions.forEach((edition, e) => {
      ids.push(ARCHIVE_BASE + 2 * i + e);
      names.push(tag[edition]);
      tagEditions.push(edition);
    }),
  );
  await db.query(
    `INSERT INTO tags (id, name, edition) SELECT * FROM unnest($1::int[], $2::varchar[], $3::enum_tags_edition[]) ON CONFLICT DO NOTHING`,
    [ids, names, tagEditions],
  );
  const { rows } = await db.query<{ id: number; name: string; edition: Locale }>('SELECT id, name, edition FROM tags WHERE name = ANY($1::varchar[])', [names]);
  const byName = new Map(rows.map((r) => [`${r.edition}:${r.name}`, r.id]));
  const result = { ar: [] as number[], en: [] as number[] };
  for (const edition of editions) result[edition] = TAGS.map((tag) => byName.get(`${edition}:${tag[edition]}`)!);
  return result;
}

/** Sections and pictures as the newsroom has them (the real stories' pictures, by section). */
export async function readLibrary(db: pg.ClientBase, writerIds: readonly number[], tagIds: Record<Locale, number[]>): Promise<Library> {
  const sections = (await db.query<{ id: number; slug: string }>('SELECT id, slug FROM sections ORDER BY "order", id')).rows;
  const all = (await db.query<{ id: number }>('SELECT id FROM media ORDER BY id')).rows.map((r) => r.id);
  const used = await db.query<{ section_id: number; image_id: number }>(
    `SELECT DISTINCT section_id, image_id FROM articles WHERE id < $1 AND image_id IS NOT NULL AND section_id IS NOT NULL ORDER BY 1, 2`,
    [ARCHIVE_BASE],
  );
  const bySection = new Map<number, number[]>();
  for (const { section_id, image_id } of used.rows) bySection.set(section_id, [...(bySection.get(section_id) ?? []), image_id]);
  return { sections, media: { all, bySection }, tagIds, writerIds };
}

/** Generated stories present with numbers in [from, to). */
export async function countPresent(db: pg.ClientBase, from: number, to: number): Promise<number> {
  // Inclusive bounds: the range ends at PostgreSQL's largest integer.
  const { rows } = await db.query<{ n: string }>('SELECT count(*) AS n FROM articles WHERE id BETWEEN $1 AND $2', [ARCHIVE_BASE + from, ARCHIVE_BASE + to - 1]);
  return Number(rows[0]!.n);
}

/** Which story numbers in [from, to) are already there. */
export async function presentIn(db: pg.ClientBase, from: number, to: number): Promise<Set<number>> {
  const { rows } = await db.query<{ id: number }>('SELECT id FROM articles WHERE id BETWEEN $1 AND $2', [ARCHIVE_BASE + from, ARCHIVE_BASE + to - 1]);
  return new Set(rows.map((r) => r.id - ARCHIVE_BASE));
}

const ARTICLE_COLUMNS = [
  ['id', 'integer'],
  ['title', 'varchar'],
  ['summary', 'varchar'],
  ['body', 'jsonb'],
  ['edition', 'enum_articles_edition'],
  ['section_id', 'integer'],
  ['image_id', 'integer'],
  ['published_at', 'timestamptz'],
  ['first_published_at', 'timestamptz'],
  ['revised_at', 'timestamptz'],
  ['writer_id', 'integer'],
  ['desk', 'varchar'],
  ['byline_type', 'enum_articles_byline_type'],
  ['translation_of_id', 'integer'],
  ['sample', 'boolean'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
] as const;

const names = ARTICLE_COLUMNS.map(([name]) => name).join(', ');
const INSERT_ARTICLES = `
  INSERT INTO articles (${names}, _status)
  SELECT ${names}, 'published' FROM jsonb_to_recordset($1::jsonb) AS r(${ARTICLE_COLUMNS.map(([name, type]) => `${name} ${type}`).join(', ')})
  ON CONFLICT (id) DO NOTHING
  RETURNING id`;

/** Tags as Payload keeps a hasMany relationship: one row per tag, path 'tags', order from 1. */
const INSERT_ALL_TAGS = `
  INSERT INTO articles_rels ("order", parent_id, path, tags_id)
  SELECT r.ord, r.parent, 'tags', r.tag FROM unnest($1::int[], $2::int[], $3::int[]) AS r(parent, ord, tag)`;
const INSERT_TAGS = `${INSERT_ALL_TAGS} WHERE r.parent = ANY($4::int[])`;

/**
 * One batch, one transaction: the stories (one multi-row INSERT from a JSON array) and their tags
 * (one from three arrays). A story someone else inserted meanwhile is skipped with its tags.
 * The array travels as jsonb: PostgreSQL parses it once and hands each body on as jsonb already
 * (json_to_recordset parses every body a second time; arrays of text cost more to build and read).
 */
export async function insertStories(db: pg.ClientBase, stories: readonly Story[], json: string): Promise<number> {
  await db.query('BEGIN');
  try {
    const inserted = (await db.query<{ id: number }>(INSERT_ARTICLES, [json])).rows.map((r) => r.id);
    const parents: number[] = [];
    const order: number[] = [];
    const tags: number[] = [];
    for (const { row, tags: ids } of stories) ids.forEach((tag, i) => (parents.push(row.id), order.push(i + 1), tags.push(tag)));
    // Every story went in (the rule): no need to match each tag row against the inserted ids.
    if (inserted.length === stories.length) await db.query(INSERT_ALL_TAGS, [parents, order, tags]);
    else if (inserted.length) await db.query(INSERT_TAGS, [parents, order, tags, inserted]);
    await db.query('COMMIT');
    return inserted.length;
  } catch (error) {
    await db.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/** Fresh planner statistics for the tables a run changed: listings plan well at once. */
export async function analyze(db: pg.ClientBase): Promise<void> {
  await db.query('ANALYZE articles, articles_rels, article_tag_index, tags, writers');
}

/**
 * The tables readers' pages read, vacuumed: each page whose rows every transaction sees is marked so in
 * the visibility map, as autovacuum keeps the tables of a site that has run for a while. Until then an
 * index-only read still fetches every row's page to check it: at a million stories, 300 scattered
 * pages of the stories' table for each story page's pool of related stories (the section's newest 300),
 * 7.4–8.0 ms for that read against 5.4–6.1 ms after (BENCHMARKS.md, "The archive vacuumed"). The
 * autovacuum that ran while the generator wrote marked none of them (0 of 120,418 pages, hours later);
 * a table below autovacuum's threshold, like a thousand stories', is never visited. Pages already
 * marked are skipped: at a million, 41 s the first time (by hand), 1 s in a run that added nothing.
 */
export async function vacuumForReaders(db: pg.ClientBase): Promise<void> {
  await db.query(`VACUUM ${READER_TABLES.join(', ')}`);
}

/**
 * What vacuumForReaders visits: what reader pages read, not the newsroom's versions. The search lexicon
 * too: every word a story brings is added to its trigram index's pending list, which a vacuum merges
 * (or the list's own limit, 4 MB); with the generator's words still pending, the planner took that
 * index for dear and read the whole word index instead to respell a query (CI67, CI68: BENCHMARKS.md).
 */
export const READER_TABLES = ['articles', 'articles_rels', 'article_tag_index', 'article_search', 'search_lexicon'] as const;

/** Below this correlation of publication time with the search table's physical order, it is rewritten. */
const LAID_OUT = 0.99;

/**
 * Rewrites the search table in order of publication when it is not (fresh statistics say so), as a
 * newsroom's is: a story's row is written when the story is and rewritten when its text changes, so
 * one period's stories lie together and search reads a period from a few pages. The generator dates
 * its stories at random (story i's date is fixed whatever the size, so an archive can grow), which
 * scatters every period over the whole table — a layout no newsroom has (at a million, search p50 /
 * p95 25–34 / 58–80 ms scattered against 18–20 / 49–54 laid out; BENCHMARKS.md). Decided from the
 * table's state, not from what this run added, so a run that stopped or failed before this is laid
 * out by the next. The stories' own table is left as written: listings walk their indexes and stay
 * flat even scattered. Locks the table for the whole rewrite (minutes at a million): publishing and
 * searching on a site using this database wait meanwhile. Returns whether it rewrote.
 */
export async function layOutSearchByPublication(db: pg.ClientBase): Promise<boolean> {
  await db.query('ANALYZE article_search');
  const { rows } = await db.query<{ correlation: number | null }>(
    `SELECT correlation FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'article_search' AND attname = 'published_at'`,
  );
  const correlation = rows[0]?.correlation;
  if (correlation === undefined || correlation === null || correlation >= LAID_OUT) return false;
  await db.query('BEGIN');
  try {
    // The strongest lock first: taken at once rather than raised from CREATE INDEX's, which could deadlock.
    await db.query('LOCK TABLE article_search IN ACCESS EXCLUSIVE MODE');
    await db.query(`SET LOCAL maintenance_work_mem = '512MB'`);
    await db.query('CREATE INDEX alwafd_archive_layout ON article_search (published_at, article_id)');
    await db.query('CLUSTER article_search USING alwafd_archive_layout');
    await db.query('DROP INDEX alwafd_archive_layout');
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK').catch(() => {});
    throw error;
  }
  await db.query('ANALYZE article_search');
  return true;
}
