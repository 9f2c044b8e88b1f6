/**
 * Every reader query walks an index, whatever the size of the archive. A database of its own
 * (alwafd_plans on the same cluster: migrated, the real content imported, 20,000 generated stories
 * from `npm run archive`, ANALYZEd) answers every ContentSource method of the PostgreSQL source with
 * realistic arguments — deep pages, a busy tag, a story's related list — while lib/db/pool.ts's
 * listener captures each statement; each is then EXPLAINed with its own parameters, and no plan may
 * read a big table from end to end (a Seq Scan). Dropping one of cms/indexes.ts' indexes, or
 * article_tag_index's, makes this fail.
 */
import pg from 'pg';
import { INDEX_BLOCK_IDS, RELATED_POOL } from '@/lib/content/source';
import type { Article, ArticleTeaser } from '@/lib/content/types';
import { tsx } from './tsx-child';

/**
 * alwafd_plans unless PLANS_DATABASE_NAME names another: CI names bench:scale's 20,000-story database,
 * which then finds its archive made (SCALE_RESET=0) instead of generating the same one again.
 */
const DATABASE = process.env.PLANS_DATABASE_NAME || 'alwafd_plans';
const STORIES = 20_000;

/** The tables the archive fills: none may be read whole, as the planner plans today. */
const FILLED = new Set(['articles', 'articles_rels', 'article_tag_index', '_articles_v', '_articles_v_rels']);
/**
 * Tables that grow with a real newsroom but stay small here (the generator reuses the pictures, a
 * few writers and its vocabulary — the lexicon a respelling reads): the planner rightly reads a small
 * table whole, so these are checked with sequential scans priced out (enable_seqscan off) — a Seq
 * Scan left then means no index can answer.
 */
const SMALL_HERE = new Set(['media', 'tags', 'writers', 'search_lexicon']);

/**
 * The sitemap's dates of every section, tag and writer: they read every tag and writer (the sitemap
 * lists them all), but only the first page of each listing — so no Seq Scan of the stories.
 */
const EVERY_LISTING = new Set(['sectionsUpdated', 'tags', 'writersUpdated']);
const LISTED_WHOLE = new Set([...SMALL_HERE].filter((table) => table !== 'tags' && table !== 'writers'));

const plansUrl = () => {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${DATABASE}`;
  return url.toString();
};

function database(...args: string[]): string {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: plansUrl() };
  delete env.ADMIN_EMAIL;
  delete env.ADMIN_PASSWORD;
  const result = tsx(['scripts/database.ts', ...args], { env, timeout: 400_000 });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`database.ts ${args.join(' ')} failed:\n${output}`);
  return output;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  /** EXPLAIN ANALYZE's, per loop. */
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
}

/** The rows of `table` itself a run of the plan read (index-only walks read none), with the nodes that read them. */
function tableRowsRead(node: PlanNode, table: string, found = { rows: 0, nodes: [] as string[] }) {
  if (node['Relation Name'] === table && node['Node Type'] !== 'Index Only Scan') {
    found.rows += ((node['Actual Rows'] ?? 0) + (node['Rows Removed by Filter'] ?? 0)) * (node['Actual Loops'] ?? 1);
    found.nodes.push(`${node['Node Type']} ${node['Index Name'] ?? table}`);
  }
  for (const child of node.Plans ?? []) tableRowsRead(child, table, found);
  return found;
}

/** Every read of `table` in a plan that is not a probe: a scan of the table, or of one of its indexes with no condition (the whole index). */
function wholeReads(node: PlanNode, table: string, found: string[] = []): string[] {
  const onTable = node['Relation Name'] === table || node['Index Name']?.startsWith(`${table}_`);
  const probe = (node['Node Type'] === 'Bitmap Heap Scan' && node['Relation Name'] === table) || node['Index Cond'] !== undefined;
  if (onTable && !probe) found.push(`${node['Node Type']} ${node['Index Name'] ?? node['Relation Name']}`);
  for (const child of node.Plans ?? []) wholeReads(child, table, found);
  return found;
}

/**
 * The index each listing must walk (cms/indexes.ts, article_tag_index's migration): without it the
 * planner would find another way — a per-column index and a sort of the whole section, say — that
 * is no Seq Scan but costs as much as the listing is long. `a|b`: either will do.
 */
const WALKS: Record<string, string[]> = {
  latest: ['articles_edition_published_idx'],
  sectionPage: ['articles_section_published_idx'],
  tagPage: ['article_tag_index_listing_idx'],
  // The tag by its lowercase, then whether it has a live story: two probes, never a walk of every tag.
  tagSpelling: ['tags_edition_lower_name_idx', 'article_tag_index_listing_idx'],
  related: ['article_tag_index_listing_idx', 'articles_section_published_idx'],
  // A block's ids are a range of the primary key too: either walk reads at most INDEX_BLOCK_IDS rows.
  articleIndex: ['articles_edition_id_idx|articles_pkey'],
  articleIndexBlocks: ['articles_edition_id_idx'],
  writerPage: ['articles_writer_published_idx'],
  sectionsUpdated: ['articles_section_published_idx'],
  tags: ['article_tag_index_listing_idx'],
  writersUpdated: ['articles_writer_published_idx'],
};

function indexesOf(node: PlanNode, found = new Set<string>()): Set<string> {
  if (node['Index Name']) found.add(node['Index Name']);
  for (const child of node.Plans ?? []) indexesOf(child, found);
  return found;
}

function relationsOf(node: PlanNode, found = new Set<string>()): Set<string> {
  if (node['Relation Name']) found.add(node['Relation Name']);
  for (const child of node.Plans ?? []) relationsOf(child, found);
  return found;
}

function seqScans(node: PlanNode, tables: ReadonlySet<string>, found: string[] = []): string[] {
  if (node['Node Type'] === 'Seq Scan' && node['Relation Name'] && tables.has(node['Relation Name'])) found.push(node['Relation Name']);
  for (const child of node.Plans ?? []) seqScans(child, tables, found);
  return found;
}

interface Captured {
  method: string;
  text: string;
  values: readonly unknown[];
}

let admin: pg.Client;
let db: pg.Client;
const captured: Captured[] = [];
let relatedCase: { story: Article; picks: ArticleTeaser[]; wide: ArticleTeaser[] };
let deepCase: { slug: string; page: number; ids: number[] };
let blocksCase: number[];

beforeAll(async () => {
  admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
  if (!exists.rowCount) await admin.query(`CREATE DATABASE ${DATABASE}`);
  // `archive` migrates and imports content/ (sections, pictures, masthead) into an empty database
  // first; it is resumable, so a database kept from an earlier run is only topped up.
  database('archive', String(STORIES));
  db = new pg.Client({ connectionString: plansUrl() });
  await db.connect();
  await db.query('ANALYZE');

  // The reader side's pool reads DATABASE_URL when it first connects: point it at this database.
  process.env.DATABASE_URL = plansUrl();
  const [{ PostgresSource }, { listenToQueries }] = await Promise.all([import('@/lib/content/postgres-source'), import('@/lib/db/pool')]);
  const source = new PostgresSource();
  let method = '';
  listenToQueries((text, values) => captured.push({ method, text, values }));
  const call = async <T,>(name: string, run: () => Promise<T>): Promise<T> => {
    method = name;
    return run();
  };
  try {
    const { rows } = await db.query<{ slug: string; n: string }>(
      `SELECT s.slug, count(*) AS n FROM articles a JOIN sections s ON s.id = a.section_id WHERE a.edition = 'ar' GROUP BY s.slug ORDER BY 2 DESC LIMIT 1`,
    );
    const section = rows[0]!;
    const [busiest] = (
      await db.query<{ name: string; n: string }>(
        `SELECT t.name, count(*) AS n FROM article_tag_index x JOIN tags t ON t.id = x.tag_id WHERE x.edition = 'ar' GROUP BY t.name ORDER BY 2 DESC LIMIT 1`,
      )
    ).rows;
    const latest = await call('latest', () => source.latest('ar', 20, [1]));
    const story = (await call('article', () => source.article(latest[0]!.id))) as Article;
    await call('articleStatus', () => source.articleStatus(story.id));
    await call('draft', () => source.draft(story.id));
    const deepSection = Math.floor(Number(section.n) / 20) - 1;
    for (const page of [1, 2, deepSection, 5000]) {
      const shown = await call('sectionPage', () => source.sectionPage('ar', section.slug, page, 20));
      if (page === deepSection) deepCase = { slug: section.slug, page, ids: shown.items.map((story) => story.id) };
    }
    const deepTag = Math.floor(Number(busiest!.n) / 20) - 1;
    for (const page of [1, 2, deepTag, 5000]) await call('tagPage', () => source.tagPage('ar', busiest!.name, page, 20));
    // A tag asked in other letter case (the proxy asks only for a tag page that is missing).
    await call('tagSpelling', () => source.tagSpelling('ar', busiest!.name.toUpperCase()));
    const picks = await call('related', () => source.related(story, 6));
    // Past the stories sharing the most with it, into the next rank: ties there are broken by time.
    relatedCase = { story, picks, wide: await source.related(story, 40) };
    await call('publishedBetween', () => source.publishedBetween(new Date(Date.now() - 48 * 3600_000), new Date(), 1000));
    blocksCase = await call('articleIndexBlocks', () => source.articleIndexBlocks('ar'));
    for (const block of [blocksCase[0]!, blocksCase.at(-1)!]) await call('articleIndex', () => source.articleIndex('ar', block));
    await call('sectionsUpdated', () => source.sectionsUpdated('ar', 20));
    await call('tags', () => source.tags('ar', 20));
    await call('sections', () => source.sections());
    await call('mastheadTerms', () => source.mastheadTerms());
    await call('hijriOffsets', () => source.hijriOffsets());
    await call('breaking', () => source.breaking('ar', 3));
    await call('populatedSections', () => source.populatedSections('ar'));
    await call('teasers', () => source.teasers(latest.slice(0, 10).map((t) => t.id)));
    await call('mostRead', () => source.mostRead('ar', new Date(Date.now() - 24 * 3600_000), 10));
    const [writer] = (
      await db.query<{ slug: string }>(
        `SELECT w.slug FROM articles a JOIN writers w ON w.id = a.writer_id WHERE a.edition = 'ar' GROUP BY w.slug ORDER BY count(*) DESC LIMIT 1`,
      )
    ).rows;
    await call('writer', () => source.writer(writer!.slug));
    for (const page of [1, 2, 5000]) await call('writerPage', () => source.writerPage('ar', writer!.slug, page, 20));
    await call('writersUpdated', () => source.writersUpdated('ar', 20));
    // The last two find nothing as typed: the newsroom's names in Latin letters (read whole: a short
    // list, not a table this test checks) are asked, then — «الحكومت» is no name — the respelling.
    for (const words of ['الحكومة', 'مجلس الوزراء', 'الاقتصاد المصري اليوم', 'سبيس إكس', 'الحكومت']) await call('search', () => source.search('ar', words, 1, 20));
  } finally {
    listenToQueries(undefined);
    const { readerPool } = await import('@/lib/db/pool');
    await readerPool().end();
  }
}, 600_000);

afterAll(async () => {
  // The tests' rolled-back updates leave dead rows and their index entries: cleared, the database is
  // as the archive left it for whoever reads it next (bench:scale, in CI).
  await db?.query('VACUUM (ANALYZE)');
  await db?.end();
  await admin?.end();
});

/**
 * The statement's plan; `seqscan: false` prices sequential scans out, `nestloop: false` nested loops
 * (what a planner does when it takes a table for tiny, or the rows joined to it for many), `analyze`
 * runs it and counts what each node read.
 */
async function explain({ text, values }: Captured, { seqscan = true, nestloop = true, analyze = false } = {}): Promise<PlanNode> {
  await db.query(`SET enable_seqscan = ${seqscan ? 'on' : 'off'}`);
  await db.query(`SET enable_nestloop = ${nestloop ? 'on' : 'off'}`);
  try {
    const { rows } = await db.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`EXPLAIN (${analyze ? 'ANALYZE, ' : ''}FORMAT JSON) ${text}`, values as unknown[]);
    return rows[0]!['QUERY PLAN'][0].Plan;
  } finally {
    await db.query('RESET enable_seqscan');
    await db.query('RESET enable_nestloop');
  }
}

describe('query plans at 20,000 stories', () => {
  it('captured every method of the source, deep pages and their marks included', () => {
    const methods = new Set(captured.map((c) => c.method));
    // Every method the interface has (a new one must be added here, or this fails).
    const { PostgresSource } = jest.requireActual<typeof import('@/lib/content/postgres-source')>('@/lib/content/postgres-source');
    const declared = Object.getOwnPropertyNames(PostgresSource.prototype).filter((name) => name !== 'constructor');
    expect(declared.filter((method) => !methods.has(method))).toEqual([]);
    // The deep pages read marks once per listing (row_number over the listing's keys).
    expect(captured.filter((c) => /row_number\(\)/.test(c.text)).map((c) => c.method).sort()).toEqual(['sectionPage', 'tagPage', 'writerPage']);
  });

  it('skips fewer than 1,000 rows on any page of a listing; page 5,000, past its end, starts from the last mark', () => {
    const pages = captured.filter((c) => (c.method === 'sectionPage' || c.method === 'tagPage') && !/row_number\(\)/.test(c.text));
    expect(pages).toHaveLength(8);
    const skip = (c: Captured) => Number(c.values[c.method === 'sectionPage' ? 3 : 4]);
    const mark = (c: Captured) => c.values[c.method === 'sectionPage' ? 4 : 5];
    const [inside, past] = [pages.filter((_, i) => i % 4 !== 3), pages.filter((_, i) => i % 4 === 3)];
    for (const page of inside) expect(skip(page)).toBeLessThan(1000);
    // The deep pages inside the listing started from a mark, not from the top.
    expect(inside.filter((page) => mark(page) instanceof Date)).toHaveLength(2);
    // Fewer than 1,000 rows follow the last mark, so the scan ends there whatever the OFFSET.
    for (const page of past) expect(mark(page)).toBeInstanceOf(Date);
  });

  it('skips the rows before a page in the listing’s index alone, reading only the page’s own stories', async () => {
    // A page up to 999 rows past its mark: skipped through the join, each row skipped was a story read.
    const skipOf = (c: Captured) => Number(c.values[c.method === 'tagPage' ? 4 : 3]);
    const skipping = captured.filter((c) => ['sectionPage', 'writerPage', 'tagPage'].includes(c.method) && !/row_number\(\)/.test(c.text) && skipOf(c) > 0);
    expect(skipping.length).toBeGreaterThanOrEqual(6);
    const heavy: string[] = [];
    for (const statement of skipping) {
      const read = tableRowsRead(await explain(statement, { analyze: true }), 'articles');
      // The page's 20 stories and the one that says whether a next page exists.
      if (read.rows > 21) heavy.push(`${statement.method} skipping ${skipOf(statement)}: ${read.rows} stories read (${read.nodes.join(', ')})`);
    }
    expect(heavy).toEqual([]);
  });

  it('shows on a deep page, started from a mark, the stories that counting from the newest gives', async () => {
    const { slug, page, ids } = deepCase;
    const { rows } = await db.query<{ id: number }>(
      `SELECT a.id FROM articles a JOIN sections s ON s.id = a.section_id
       WHERE s.slug = $1 AND a.edition = 'ar' AND a._status = 'published' AND a.published_at <= now()
       ORDER BY a.published_at DESC, a.id DESC OFFSET $2 LIMIT 20`,
      [slug, (page - 1) * 20],
    );
    expect((page - 1) * 20).toBeGreaterThan(1000);
    expect(ids).toHaveLength(20);
    expect(ids).toEqual(rows.map((row) => row.id));
  });

  it('reads no big table from end to end', async () => {
    const offenders: string[] = [];
    for (const statement of captured) {
      const small = EVERY_LISTING.has(statement.method) ? LISTED_WHOLE : SMALL_HERE;
      const scans = [...seqScans(await explain(statement), FILLED), ...seqScans(await explain(statement, { seqscan: false }), small)];
      if (scans.length) offenders.push(`${statement.method}: Seq Scan on ${scans.join(', ')}\n${statement.text.replace(/\s+/g, ' ').slice(0, 300)}`);
    }
    expect(offenders).toEqual([]);
  });

  it('walks each listing down its own index', async () => {
    const missing: string[] = [];
    for (const statement of captured) {
      // Marks read a whole listing once per five minutes (row_number over its keys): whichever index
      // the planner reads it through is fine, so long as it is no Seq Scan (the test above).
      if (/row_number\(\)/.test(statement.text)) continue;
      const used = indexesOf(await explain(statement));
      for (const index of WALKS[statement.method] ?? []) if (!index.split('|').some((either) => used.has(either))) missing.push(`${statement.method} does not use ${index}: ${[...used].join(', ')}`);
    }
    expect(missing).toEqual([]);
  });

  it('respells a word by probing the lexicon: the trigram index for the most alike, the word index for the typed and swapped spellings', async () => {
    // Sequential scans priced out: the lexicon is small here, a newsroom's grows with every new word.
    const respelling = captured.find((c) => c.method === 'search' && c.text.includes('search_lexicon'));
    expect(respelling).toBeDefined();
    const plan = await explain(respelling!, { seqscan: false });
    expect(wholeReads(plan, 'search_lexicon')).toEqual([]);
    expect([...indexesOf(plan)].sort()).toEqual(['search_lexicon_trgm_idx', 'search_lexicon_word_idx']);
    // Whatever the planner guesses of the lexicon and the spellings: in CI67, on a lexicon freshly
    // filled, it joined the spellings to the whole lexicon, read to be hashed, instead of looking each up.
    expect(wholeReads(await explain(respelling!, { seqscan: false, nestloop: false }), 'search_lexicon')).toEqual([]);
  });

  it('dates every tag of the sitemap from its listing index alone, reading no story', async () => {
    const statement = captured.find((c) => c.method === 'tags')!;
    expect([...relationsOf(await explain(statement))].sort()).toEqual(['article_tag_index', 'tags']);
  });

  it('keeps a story’s revision time in its tags’ listing keys, whoever writes it', async () => {
    const { rows } = await db.query<{ id: number }>(`SELECT article_id AS id FROM article_tag_index ORDER BY published_at DESC, article_id DESC LIMIT 1`);
    const story = rows[0]!.id;
    await db.query('BEGIN');
    try {
      // A bulk fix in SQL that touches only the revision time, as no save through the CMS does.
      await db.query(`UPDATE articles SET revised_at = '2030-01-02T03:04:05Z' WHERE id = $1`, [story]);
      const keys = await db.query<{ revised_at: Date }>('SELECT revised_at FROM article_tag_index WHERE article_id = $1', [story]);
      expect(keys.rows.length).toBeGreaterThan(0);
      for (const key of keys.rows) expect(key.revised_at?.toISOString()).toBe('2030-01-02T03:04:05.000Z');
    } finally {
      await db.query('ROLLBACK');
    }
  });

  it('finds the blocks through the edition’s index even when the primary key looks as cheap', async () => {
    // Right after a bulk load (no visibility map yet) an index-only scan is priced like a plain one,
    // and a probe written as `edition = $1 … ORDER BY id` was planned on the primary key: a walk of
    // every story before an edition's first id.
    const statement = captured.find((c) => c.method === 'articleIndexBlocks')!;
    await db.query('SET enable_indexonlyscan = off');
    try {
      const { rows } = await db.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`EXPLAIN (FORMAT JSON) ${statement.text}`, statement.values as unknown[]);
      expect([...indexesOf(rows[0]!['QUERY PLAN'][0].Plan)]).toEqual(['articles_edition_id_idx']);
    } finally {
      await db.query('RESET enable_indexonlyscan');
    }
  });

  it('reads the last block of ids there can be (its end is past int4)', async () => {
    const statement = captured.find((c) => c.method === 'articleIndex')!;
    const last = Math.floor(2_147_483_647 / INDEX_BLOCK_IDS);
    expect((await db.query(statement.text, ['ar', last, INDEX_BLOCK_IDS])).rows).toEqual([]);
  });

  it('finds the blocks of the sitemap files by one probe each as counting the whole edition would', async () => {
    const { rows } = await db.query<{ block: number }>(
      `SELECT DISTINCT id / $1::int AS block FROM articles WHERE edition = 'ar' AND _status = 'published' AND published_at <= now() ORDER BY 1`,
      [INDEX_BLOCK_IDS],
    );
    expect(blocksCase).toEqual(rows.map((row) => row.block));
    // Generated ids are past a billion, the imported stories' are not: more than two blocks, far apart.
    expect(blocksCase.length).toBeGreaterThan(2);
  });

  it('ranks related stories as reading every candidate in full would: shared tags, then the section, then the newest', async () => {
    const { story, picks, wide } = relatedCase;
    const score = new Map<number, number>();
    const mine = await db.query<{ tags_id: number }>(`SELECT DISTINCT tags_id FROM articles_rels WHERE parent_id = $1 AND path = 'tags' AND tags_id IS NOT NULL`, [story.id]);
    for (const { tags_id } of mine.rows) {
      const { rows } = await db.query<{ article_id: number }>(
        `SELECT article_id FROM article_tag_index WHERE tag_id = $1 AND edition = 'ar' AND published_at <= now() AND article_id <> $2
         ORDER BY published_at DESC, article_id DESC LIMIT $3`,
        [tags_id, story.id, RELATED_POOL],
      );
      for (const { article_id } of rows) score.set(article_id, (score.get(article_id) ?? 0) + 2);
    }
    const section = await db.query<{ id: number }>(
      `SELECT a.id FROM articles a WHERE a.section_id = (SELECT section_id FROM articles WHERE id = $1) AND a.edition = 'ar'
         AND a._status = 'published' AND a.published_at <= now() AND a.id <> $1 ORDER BY a.published_at DESC, a.id DESC LIMIT $2`,
      [story.id, RELATED_POOL],
    );
    for (const { id } of section.rows) score.set(id, (score.get(id) ?? 0) + 1);
    const { rows: live } = await db.query<{ id: number; published_at: Date }>(
      `SELECT id, published_at FROM articles WHERE id = ANY($1) AND edition = 'ar' AND _status = 'published' AND published_at <= now()`,
      [[...score.keys()]],
    );
    const ranked = live
      .sort((a, b) => score.get(b.id)! - score.get(a.id)! || b.published_at.getTime() - a.published_at.getTime() || b.id - a.id)
      .map((row) => row.id);
    expect(ranked.length).toBeGreaterThan(40);
    expect(picks.map((teaser) => teaser.id)).toEqual(ranked.slice(0, 6));
    expect(wide.map((teaser) => teaser.id)).toEqual(ranked.slice(0, 40));
  });

  /**
   * alwafd_search_newest (cms/migrations/20261129_140000_search_periods.ts) reads a query's matches
   * period by period; with caps small enough for this archive it takes every branch (read a window
   * whole, split it into the next level's periods, walk three days story by story). Whatever the
   * branch, its answer must be what reading every story newest first gives.
   */
  it('finds the newest matches of a search as reading every story would, whichever way it splits the archive', async () => {
    const { rows: frequencies } = await db.query<{ word: string; ndoc: number }>(
      `SELECT word, ndoc FROM ts_stat($$SELECT words FROM article_search WHERE status = 'published' AND edition = 'ar' AND article_id % 4 = 0$$)
       ORDER BY ndoc DESC, word`,
    );
    const at = (share: number) => frequencies[Math.min(frequencies.length - 1, Math.floor(share * frequencies.length))]!.word;
    const [common, second] = [frequencies[0]!.word, frequencies[1]!.word];
    const queries = [common, `${common} ${second}`, at(0.01), at(0.05), at(0.1), at(0.5), `${at(0.02)} ${at(0.05)}`, frequencies.at(-1)!.word, 'كلمةلاتوجد'];
    // Reading every story is slow (a rare word's term sets are read for every story): once per query.
    const readAll = new Map<string, Promise<number[]>>();
    const plain = async (set: string, words: string, wanted: number) => {
      const key = `${set} ${words}`;
      if (!readAll.has(key))
        readAll.set(
          key,
          db
            .query<{ article_id: number }>(
              `SELECT article_id FROM article_search WHERE ${set} @@ alwafd_search_query($1) AND status = 'published' AND edition = 'ar'
                 AND published_at <= now() ORDER BY published_at DESC, article_id DESC LIMIT 400`,
              [words],
            )
            .then(({ rows }) => rows.map((row) => row.article_id)),
        );
      return (await readAll.get(key)!).slice(0, wanted);
    };
    const newest = async (set: string, words: string, wanted: number) =>
      (await db.query<{ id: number }>(`SELECT alwafd_search_newest($1, alwafd_search_query($2), 'ar', $3) AS id`, [set, words, wanted])).rows.map((row) => row.id);
    const compare = async () => {
      const differ: string[] = [];
      // A cap of 3 splits nearly every window down to three days (slow, so not for long pages).
      for (const [cap, wanteds] of [[3, [2, 21]], [40, [2, 21, 400]], [1000, [21, 400]]] as const) {
        await db.query(`SELECT set_config('alwafd.search_cap', $1, false)`, [String(cap)]);
        for (const set of ['title', 'words'])
          for (const words of queries)
            for (const wanted of wanteds) {
              const [found, expected] = [await newest(set, words, wanted), await plain(set, words, wanted)];
              if (found.join() !== expected.join()) differ.push(`cap ${cap}, ${set} @@ ${words}, ${wanted}: ${found.join()} ≠ ${expected.join()}`);
            }
      }
      await db.query(`RESET alwafd.search_cap`);
      return differ;
    };
    expect(await plain('words', common, 21)).toHaveLength(21);
    expect(await compare()).toEqual([]);
    // Through the periods' indexes, never reading the table whole: counted inside one transaction,
    // where the backend's pending statistics cannot be flushed between the two readings.
    const scans = async () =>
      (
        await db.query<{ seq: string; periods: string }>(
          `SELECT pg_stat_get_xact_numscans('article_search'::regclass) AS seq,
                  pg_stat_get_xact_numscans('article_search_words_periods_idx'::regclass) AS periods`,
        )
      ).rows.map((row) => ({ seq: Number(row.seq), periods: Number(row.periods) }))[0]!;
    await db.query('BEGIN');
    try {
      const before = await scans();
      for (const words of queries) await newest('words', words, 21);
      const after = await scans();
      expect(after.seq - before.seq).toBe(0);
      expect(after.periods - before.periods).toBeGreaterThanOrEqual(queries.length);
    } finally {
      await db.query('ROLLBACK');
    }
    // A word of the past: its stories moved years back, so the recent periods hold none of them.
    await db.query('BEGIN');
    try {
      await db.query(`UPDATE article_search SET published_at = published_at - interval '7 years' WHERE words @@ alwafd_search_query($1)`, [at(0.05)]);
      readAll.clear();
      expect(await compare()).toEqual([]);
    } finally {
      await db.query('ROLLBACK');
    }
  });

  /**
   * A query with a few thousand matches over twenty years, a page of them in the last years, is
   * answered from its newest windows (cms/migrations/20261201_130000_search_windows_first.ts): the
   * words' entries of those periods and those periods' rows, not every match of the archive read to
   * keep the newest 21. Counted as blocks of the search table and its bodies' index, inside one
   * transaction (the backend's own counts): read whole first, as before that migration, it reads as
   * much as the whole pass. (The periods as a condition of their own pay where a word's posting list
   * spans many pages, at a million: BENCHMARKS.md; here the lists are a few pages long.)
   */
  it('answers a search with a page in its last years from those years, not from every match of the archive', async () => {
    const { rows: frequencies } = await db.query<{ word: string }>(
      `SELECT word FROM ts_stat($$SELECT words FROM article_search WHERE status = 'published' AND edition = 'ar' AND article_id % 4 = 0$$)
       ORDER BY ndoc DESC, word LIMIT 201`,
    );
    // Here two words in about 45 % and 28 % of the Arabic stories, together in about 13 %.
    const words = `${frequencies[100]!.word} ${frequencies[200]!.word}`;
    const { rows: shape } = await db.query<{ matches: number; recent: number }>(
      `SELECT count(*)::int AS matches,
              count(*) FILTER (WHERE alwafd_search_period(1, published_at) >= alwafd_search_period(1, now()) - 1)::int AS recent
       FROM article_search WHERE words @@ alwafd_search_query($1) AND status = 'published' AND edition = 'ar' AND published_at <= now()`,
      [words],
    );
    // The case in question: more matches than the cap (1,000) over the archive, a page of them in its last years.
    expect(shape[0]!.recent).toBeGreaterThanOrEqual(21);
    expect(shape[0]!.matches).toBeGreaterThan(1000);
    const blocks = async (statement: string) => {
      await db.query('BEGIN');
      try {
        const read = () =>
          db
            .query<{ n: string }>(
              `SELECT sum(pg_stat_get_xact_blocks_fetched(oid)) AS n FROM pg_class WHERE relname IN ('article_search', 'article_search_words_periods_idx')`,
            )
            .then(({ rows }) => Number(rows[0]!.n));
        const before = await read();
        await db.query(statement, [words]);
        return (await read()) - before;
      } finally {
        await db.query('ROLLBACK');
      }
    };
    // What earlier tests wrote (and rolled back) waits unsorted, read whole by every scan: sorted in
    // first, as a vacuum would, so that both readings count the index itself.
    await db.query(`SELECT gin_clean_pending_list('article_search_words_periods_idx'::regclass)`);
    const newest = await blocks(`SELECT alwafd_search_newest('words', alwafd_search_query($1), 'ar', 21)`);
    const whole = await blocks(
      `SELECT count(*) FROM (SELECT article_id FROM article_search WHERE (words || alwafd_search_periods(edition, published_at)) @@ alwafd_search_query($1)
         AND status = 'published' AND edition = 'ar' AND published_at <= now() LIMIT 1000) AS capped`,
    );
    expect(newest).toBeLessThan(whole / 2);
  });

  // Every scan reads an index's unsorted entries whole (cms/migrations/20261201_131000_search_pending_limit.ts).
  it('keeps at most 128 kB of unsorted entries in each search index', async () => {
    const { rows } = await db.query<{ relname: string; reloptions: string[] | null }>(
      `SELECT relname, reloptions FROM pg_class WHERE relname LIKE 'article\\_search\\_%\\_periods\\_idx' ORDER BY relname`,
    );
    expect(rows.map((row) => row.relname)).toEqual(['head', 'stems', 'title', 'words'].map((set) => `article_search_${set}_periods_idx`));
    for (const row of rows) expect(row.reloptions).toContain('gin_pending_list_limit=128');
  });

  /**
   * Planning a search's reads cost more than making them (cms/migrations/20261205_160000_search_plans_kept.ts):
   * each connection plans them once and keeps the plans. A plan kept after its statement ran is one
   * made for every value (a plan for one query's values is dropped once used): the connection's memory
   * holds one for each read of the search table it made, and asking other words the same ways adds none.
   */
  it('plans a search’s reads once per connection and keeps the plans for every query', async () => {
    const { SEARCH_RANKED } = await import('@/lib/content/postgres/search');
    const { rows: frequent } = await db.query<{ word: string }>(
      `SELECT word FROM ts_stat($$SELECT words FROM article_search WHERE status = 'published' AND edition = 'ar' AND article_id % 4 = 0$$)
       ORDER BY ndoc DESC, word LIMIT 40`,
    );
    const at = (i: number) => frequent[i]!.word;
    // One word the headlines answer, two the bodies do, and a plural no story spells out: every term set and window is read.
    const rounds = [
      [at(0), `${at(1)} ${at(2)}`, `وزارات ${at(3)}`],
      [at(10), `${at(11)} ${at(12)}`, `وزارات ${at(13)}`],
    ];
    const kept = async () =>
      Number(
        (
          await db.query<{ n: string }>(
            `SELECT count(*) AS n FROM pg_backend_memory_contexts WHERE name = 'CachedPlan' AND ident LIKE '%FROM article_search s%@@%'`,
          )
        ).rows[0]!.n,
      );
    const counts: number[] = [];
    for (const texts of rounds) {
      for (const text of texts) {
        const words = (await db.query<{ words: string }>(`SELECT alwafd_search_words($1) AS words`, [text])).rows[0]!.words;
        await db.query(SEARCH_RANKED, ['ar', words, 21, 21, 0, words]);
      }
      counts.push(await kept());
    }
    expect(counts[0]).toBeGreaterThanOrEqual(3);
    expect(counts[1]).toBe(counts[0]);
  });

  /**
   * The search page (SEARCH_RANKED in lib/content/postgres/search.ts) ranks headline, summary, body as
   * typed, stems only, newest first within each, from each set's newest matches — and asks each set
   * only when the sets before it leave the page short. Either way its page must be what ranking every
   * live match gives (the page's own conditions: a published story, its time come, its section there);
   * the commonest headline word must read the headlines' index alone, a common body word must not
   * touch the stems' index, a plural no story spells out (the generator writes وزارة, never وزارات)
   * must read all four, and so must a page that reaches one story past a word's typed matches.
   */
  it('ranks a search page as ranking every match would, reading each term set only when the ones before it fall short', async () => {
    const { SEARCH_RANKED } = await import('@/lib/content/postgres/search');
    const { rows: frequent } = await db.query<{ word: string }>(
      `SELECT word FROM ts_stat($$SELECT words FROM article_search WHERE status = 'published' AND edition = 'ar' AND article_id % 4 = 0$$)
       ORDER BY ndoc DESC, word LIMIT 200`,
    );
    const [common, second] = [frequent[0]!.word, frequent[1]!.word];
    const { rows: headlines } = await db.query<{ word: string }>(
      `SELECT word FROM ts_stat($$SELECT title FROM article_search WHERE status = 'published' AND edition = 'ar'$$) ORDER BY ndoc DESC, word LIMIT 1`,
    );
    const headline = headlines[0]!.word;
    // In a few hundred headlines and thousands of summaries: a page across the last of its headlines
    // ranks older headline matches before newer summary ones.
    const { rows: halfway } = await db.query<{ word: string }>(
      `SELECT word FROM ts_stat($$SELECT title FROM article_search WHERE status = 'published' AND edition = 'ar' AND article_id % 4 = 0$$)
       ORDER BY ndoc DESC, word LIMIT 1 OFFSET 60`,
    );
    const titledWord = halfway[0]!.word;
    const plural = 'وزارات';
    // Typed in a few dozen stories, its stem (مواطنين, مواطنون …) in thousands more. The typed ones are
    // generated opinion headlines (ماذا ينتظر المواطن؟) and one body, the sample story 1002's: so the
    // page ending on its last typed match needs the headline, summary and body sets (and tests that the
    // gates count distinct stories — a story found by two sets counted twice would skip the bodies).
    const few = 'مواطن';
    const texts = [headline, titledWord, common, `${common} ${second}`, frequent[150]!.word, `${frequent[20]!.word} ${frequent[40]!.word} ${frequent[60]!.word}`, plural, few];
    const TIER = `CASE WHEN sr.title @@ alwafd_search_query($1) THEN 1 WHEN sr.head @@ alwafd_search_query($1) THEN 2
                       WHEN sr.words @@ alwafd_search_query($1) THEN 3 ELSE 4 END`;
    const LIVE_MATCH = `FROM article_search sr JOIN articles a ON a.id = sr.article_id JOIN sections s ON s.id = a.section_id
           WHERE a.edition = 'ar' AND a._status = 'published' AND a.published_at <= now()
             AND (sr.words @@ alwafd_search_query($1) OR sr.stems @@ alwafd_search_query(alwafd_search_stems($1)))`;
    const everyMatch = async (words: string, size: number, offset: number) =>
      (
        await db.query<{ id: number; tier: number }>(
          `SELECT sr.article_id AS id, ${TIER} AS tier ${LIVE_MATCH} ORDER BY ${TIER}, a.published_at DESC, a.id DESC LIMIT $2 OFFSET $3`,
          [words, size + 1, offset],
        )
      ).rows;
    const countIn = async (set: 'title' | 'words', words: string) =>
      Number((await db.query<{ n: string }>(`SELECT count(*) AS n ${LIVE_MATCH} AND sr.${set} @@ alwafd_search_query($1)`, [words])).rows[0]!.n);
    const ranked = async (words: string, size: number, offset: number) =>
      // These texts are the index's own folded words: with no hamza seat in them, their stems are read from the same words ($6).
      (await db.query<{ id: number }>(SEARCH_RANKED, ['ar', words, size + 1, offset + size + 1, offset, words])).rows.map((row) => row.id);
    // Index scans so far in this transaction, by term set.
    const termSets = ['title', 'head', 'words', 'stems'] as const;
    const scans = async () =>
      (
        await db.query<{ set: string; n: string }>(
          `SELECT s AS set, pg_stat_get_xact_numscans(format('article_search_%s_periods_idx', s)::regclass) AS n
           FROM unnest($1::text[]) WITH ORDINALITY AS t(s, position) ORDER BY position`,
          [termSets],
        )
      ).rows;
    const differ: string[] = [];
    const setsRead: Record<string, string> = {};
    let boundary: number[] = [];
    let acrossTiers: { tier: number; published: Date }[] = [];
    for (const text of texts) {
      const words = (await db.query<{ words: string }>(`SELECT alwafd_search_words($1) AS words`, [text])).rows[0]!.words;
      const shapes: [number, number, string][] = [[10, 0, text], [10, 10, `${text} p2`], [3, 9, `${text} 3@9`]];
      if (text === few) {
        // Pages whose last row (the one that tells whether another page follows) is the last typed
        // match, then one past it: the stems are needed only for the second.
        const typed = await countIn('words', words);
        boundary = [typed];
        shapes.push([3, typed - 4, `${few} ends on typed`], [3, typed - 3, `${few} one past typed`]);
      }
      if (text === titledWord) {
        const titled = await countIn('title', words);
        shapes.push([3, titled - 2, `${titledWord} across headlines and summaries`]);
        acrossTiers = (
          await db.query<{ tier: number; published: Date }>(
            `SELECT ${TIER} AS tier, a.published_at AS published ${LIVE_MATCH} ORDER BY ${TIER}, a.published_at DESC, a.id DESC LIMIT 4 OFFSET $2`,
            [words, titled - 2],
          )
        ).rows;
      }
      for (const [size, offset, label] of shapes) {
        await db.query('BEGIN');
        try {
          const expected = (await everyMatch(words, size, offset)).map((row) => row.id);
          const before = await scans();
          const found = await ranked(words, size, offset);
          const after = await scans();
          const scansBefore = new Map(before.map((row) => [row.set, Number(row.n)]));
          setsRead[label] = after.filter((row) => Number(row.n) > scansBefore.get(row.set)!).map((row) => row.set).join(' ');
          if (found.join() !== expected.join()) differ.push(`${label}: ${found.join()} ≠ ${expected.join()}`);
        } finally {
          await db.query('ROLLBACK');
        }
      }
    }
    expect(differ).toEqual([]);
    expect((await everyMatch(plural, 10, 0)).map((row) => row.tier)).toEqual(Array(11).fill(4));
    // The page across the headlines' end mixes tiers, a newer summary match after older headlines.
    expect(acrossTiers.map((row) => row.tier)).toEqual([1, 1, 2, 2]);
    expect(acrossTiers[2]!.published.getTime()).toBeGreaterThan(acrossTiers[1]!.published.getTime());
    const [typed] = boundary;
    expect(typed).toBeGreaterThan(10);
    expect((await everyMatch(few, 0, typed!)).map((row) => row.tier)).toEqual([4]);
    expect(setsRead).toMatchObject({
      [headline]: 'title',
      // Headlines and summaries fill that page: the bodies are not read.
      [`${titledWord} across headlines and summaries`]: 'title head',
      [`${few} ends on typed`]: 'title head words',
      [plural]: 'title head words stems',
      [`${few} one past typed`]: 'title head words stems',
    });
    expect(setsRead[common]).not.toContain('stems');
    expect(setsRead[`${common} ${second}`]).not.toContain('stems');
  });

  /**
   * The plans of the statements inside alwafd_search_catch_up, as PostgreSQL runs them (auto_explain,
   * its output sent to this client), with the 50 newest stories' search rows marked as computed under
   * older rules — what a migration that raises the rules' generation leaves — all rolled back.
   */
  async function catchUpPlans(change?: string): Promise<PlanNode[]> {
    const plans: PlanNode[] = [];
    const onNotice = (notice: { message?: string }) => {
      const json = /plan:\s*(\{[\s\S]*\})\s*$/.exec(notice.message ?? '')?.[1];
      if (json) plans.push((JSON.parse(json) as { Plan: PlanNode }).Plan);
    };
    db.on('notice', onNotice);
    await db.query('BEGIN');
    try {
      await db.query(`UPDATE article_search SET rules = alwafd_search_rules() - 1 WHERE article_id IN (SELECT article_id FROM article_search ORDER BY article_id DESC LIMIT 50)`);
      if (change) await db.query(change);
      await db.query(`LOAD 'auto_explain'`);
      for (const setting of ['log_min_duration = 0', 'log_nested_statements = on', `log_format = 'json'`, `log_level = 'notice'`]) await db.query(`SET LOCAL auto_explain.${setting}`);
      const { rows } = await db.query<{ done: number }>('SELECT alwafd_search_catch_up(20) AS done');
      expect(rows).toEqual([{ done: 20 }]);
    } finally {
      await db.query('ROLLBACK');
      db.off('notice', onNotice);
    }
    return plans;
  }

  it('finds the search rows left under older rules through their own index, reading neither table whole', async () => {
    const plans = await catchUpPlans();
    const walk = plans.filter((plan) => relationsOf(plan).has('article_search'));
    expect(walk.length).toBeGreaterThan(0);
    expect(walk.flatMap((plan) => [...indexesOf(plan)])).toContain('article_search_rules_idx');
    expect(plans.flatMap((plan) => seqScans(plan, new Set(['article_search', 'articles'])))).toEqual([]);
    // Without that index the same walk reads every search row (the test can fail).
    const without = await catchUpPlans('DROP INDEX article_search_rules_idx');
    expect(without.flatMap((plan) => seqScans(plan, new Set(['article_search'])))).toContain('article_search');
  });

  it('finds a story for the newsroom by a piece of its headline through the trigram index, not by reading every version', async () => {
    // What the admin's list asks when an editor searches (Payload's postgres adapter: `like` is
    // ILIKE '%…%' for each word, here on the headline key: cms/headline-key.ts), and the count it shows.
    // A word an editor would look a story up by: the rarest of the newest headline's longer words
    // (a word in a tenth of the headlines is rightly read from the table itself).
    const { rows } = await db.query<{ word: string }>(
      `SELECT w.word FROM (SELECT version_headline_key AS key FROM _articles_v WHERE latest ORDER BY id DESC LIMIT 1) h
       CROSS JOIN LATERAL unnest(string_to_array(h.key, ' ')) AS w(word)
       WHERE char_length(w.word) >= 5
       ORDER BY (SELECT count(*) FROM _articles_v v WHERE v.latest AND strpos(v.version_headline_key, w.word) > 0), w.word LIMIT 1`,
    );
    const piece = rows[0]!.word;
    const count = { method: 'headline', text: `SELECT count(*) FROM _articles_v WHERE latest = true AND version_headline_key ILIKE $1`, values: [`%${piece}%`] };
    const page = { ...count, text: `SELECT id FROM _articles_v WHERE latest = true AND version_headline_key ILIKE $1 ORDER BY version_published_at DESC LIMIT 10` };
    expect(indexesOf(await explain(count))).toContain('_articles_v_latest_headline_key_trigram_idx');
    for (const statement of [count, page]) expect(seqScans(await explain(statement), FILLED)).toEqual([]);
    // Without it, the count reads them all (the test can fail).
    await db.query('BEGIN');
    try {
      await db.query('DROP INDEX _articles_v_latest_headline_key_trigram_idx');
      expect(seqScans(await explain(count), FILLED)).toContain('_articles_v');
    } finally {
      await db.query('ROLLBACK');
    }
  });

  it('finds a tag, a picture or a breaking-news line for the newsroom by a piece of its text through its key’s trigram index', async () => {
    // What the admin's list asks when an editor searches (cms/search-key: `like` on the title field,
    // asked of the folded key): its count and its page. These tables stay small here, so sequential
    // scans are priced out: a Seq Scan left means no index can answer (at 200,000 pictures the text's
    // own ILIKE read them all: 144 ms a count; the key's index: 1 ms. BENCHMARKS.md, "Newsroom search keys").
    for (const [table, key] of [['tags', 'name_key'], ['media', 'alt_key'], ['breaking', 'text_key']] as const) {
      const count = { method: table, text: `SELECT count(*) FROM "${table}" WHERE "${key}" ILIKE $1`, values: ['%اسوان%'] };
      const page = { ...count, text: `SELECT id FROM "${table}" WHERE "${key}" ILIKE $1 ORDER BY id DESC LIMIT 10` };
      expect([table, [...indexesOf(await explain(count, { seqscan: false }))]]).toEqual([table, expect.arrayContaining([`${table}_${key}_trigram_idx`])]);
      expect([table, seqScans(await explain(page, { seqscan: false }), new Set([table]))]).toEqual([table, []]);
    }
    // Without it, the count reads the table (the test can fail).
    await db.query('BEGIN');
    try {
      await db.query('DROP INDEX media_alt_key_trigram_idx');
      expect(seqScans(await explain({ method: 'media', text: `SELECT count(*) FROM media WHERE alt_key ILIKE $1`, values: ['%اسوان%'] }, { seqscan: false }), new Set(['media']))).toContain('media');
    } finally {
      await db.query('ROLLBACK');
    }
  });

  it('a listing without its index is caught (the test can fail)', async () => {
    const statement = captured.find((c) => c.method === 'tagPage' && !/row_number\(\)/.test(c.text))!;
    await db.query('BEGIN');
    try {
      await db.query('DROP INDEX article_tag_index_listing_idx');
      await db.query('ALTER TABLE article_tag_index DROP CONSTRAINT article_tag_index_pkey');
      expect(seqScans(await explain(statement), FILLED)).toContain('article_tag_index');
    } finally {
      await db.query('ROLLBACK');
    }
  });
});
