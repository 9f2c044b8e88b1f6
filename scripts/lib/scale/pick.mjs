/**
 * What scripts/bench-scale.mjs asks for, picked with plain SELECTs over the CMS's tables (nothing
 * here depends on how the site queries them): live generated story ids, section sizes, the most
 * used tags, writer slugs and words for search queries.
 */
import pg from 'pg';
import { headlineWords } from '../headline-words.mjs';

/** Generated rows start here (scripts/lib/archive/range.ts). */
const ARCHIVE_BASE = 1_000_000_000;
const LIVE = `a._status = 'published' AND a.published_at <= now()`;

export async function withDatabase(url, work) {
  const db = new pg.Client({ connectionString: url, application_name: 'alwafd-bench-scale' });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

const prefix = (edition) => (edition === 'ar' ? '' : `/${edition}`);

/** Every live story with its recency rank in its edition (1 = newest), by id: one read for the two lists below. */
export async function liveByRecency(db) {
  const { rows } = await db.query(
    `SELECT a.id, a.edition, row_number() OVER (PARTITION BY a.edition ORDER BY a.published_at DESC, a.id DESC) AS rank
     FROM articles a WHERE ${LIVE} ORDER BY a.id`,
  );
  return rows.map((r) => ({ id: r.id, edition: r.edition, rank: Number(r.rank), path: `${prefix(r.edition)}/news/${r.id}` }));
}

/** How many live stories the smaller edition has: no build can prerender more of each. */
export function smallerEdition(ranked) {
  const counts = new Map([['ar', 0], ['en', 0]]);
  for (const r of ranked) counts.set(r.edition, Math.max(counts.get(r.edition), r.rank));
  const smaller = Math.min(...counts.values());
  if (!smaller) throw new Error(`an edition has no live stories (${[...counts].map(([e, n]) => `${e}: ${n}`).join(', ')}): nothing to compare`);
  return smaller;
}

/** Paths of the newest `prerendered` + margin stories of each edition: those a build may have rendered. */
export function newestArticles(ranked, prerendered) {
  return ranked.filter((r) => r.rank <= prerendered + 50).map((r) => r.path);
}

/**
 * Article paths of live generated stories outside the newest `prerendered` + margin of each
 * edition (those the build may have rendered) and outside `exclude` (what a shared build
 * rendered from another size's database), spread over the whole id range, shuffled with a fixed
 * seed so neighbours in the list are far apart in the archive.
 */
export function coldArticles(ranked, prerendered, exclude = new Set()) {
  const paths = ranked.filter((r) => r.id >= ARCHIVE_BASE && r.rank > prerendered + 50 && !exclude.has(r.path)).map((r) => r.path);
  let seed = 12;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  for (let i = paths.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [paths[i], paths[j]] = [paths[j], paths[i]];
  }
  return paths;
}

export async function counts(db) {
  const { rows } = await db.query(`SELECT count(*) FILTER (WHERE id >= $1) AS generated, count(*) FILTER (WHERE id < $1) AS real FROM articles`, [ARCHIVE_BASE]);
  return { generated: Number(rows[0].generated), real: Number(rows[0].real) };
}

/** Live stories per section and edition, largest first. */
export async function sectionSizes(db) {
  const { rows } = await db.query(
    `SELECT s.slug, a.edition, count(*)::int AS stories FROM articles a JOIN sections s ON s.id = a.section_id
     WHERE ${LIVE} GROUP BY s.slug, a.edition ORDER BY stories DESC, s.slug, a.edition`,
  );
  return rows.map((r) => ({ ...r, path: (page) => `${prefix(r.edition)}/section/${r.slug}${page > 1 ? `/page/${page}` : ''}` }));
}

/** The most used tags (the heaviest tag pages), with their paths. */
export async function busiestTags(db, limit) {
  const { rows } = await db.query(
    `SELECT t.name, t.edition, count(*)::int AS stories FROM tags t
     JOIN articles_rels r ON r.tags_id = t.id AND r.path = 'tags' JOIN articles a ON a.id = r.parent_id
     WHERE ${LIVE} GROUP BY t.name, t.edition ORDER BY stories DESC, t.name LIMIT $1`,
    [limit],
  );
  return rows.map((r) => ({ ...r, path: `${prefix(r.edition)}/tag/${encodeURIComponent(r.name.normalize('NFC'))}` }));
}

/** Writer slugs with their pieces in the Arabic edition (/writer/{slug}), most prolific first; none when the writers table has no slug column on this branch. */
export async function writerSlugs(db, limit) {
  try {
    const { rows } = await db.query(
      `SELECT w.slug, count(*)::int AS stories FROM writers w JOIN articles a ON a.writer_id = w.id
       WHERE w.slug IS NOT NULL AND a.edition = 'ar' AND ${LIVE} GROUP BY w.slug ORDER BY stories DESC, w.slug LIMIT $1`,
      [limit],
    );
    return rows;
  } catch {
    return [];
  }
}

/** 1–4 word Arabic queries made of words from generated titles, all distinct. */
export async function searchQueries(db, count) {
  const { rows } = await db.query(`SELECT a.title FROM articles a WHERE a.id >= $1 AND a.edition = 'ar' AND ${LIVE} ORDER BY a.id LIMIT 2000`, [ARCHIVE_BASE]);
  const words = headlineWords(rows.map((r) => r.title));
  const queries = new Set();
  for (let i = 0; queries.size < count && i < count * 20 && words.length; i++) {
    const length = 1 + (i % 4);
    const start = (i * 7919) % words.length;
    queries.add(Array.from({ length }, (_, k) => words[(start + k * 31) % words.length]).join(' '));
  }
  return [...queries].map((q) => `/search?q=${encodeURIComponent(q)}`);
}
