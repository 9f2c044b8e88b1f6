import fs from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { bodyText, type Block } from '@/lib/content/body';
import { buildContent, readMarkdownFolder } from '@/lib/content/files';
import { blocksToLexical } from '@/lib/content/lexical';
import { newsroom } from '@/lib/content/newsroom-file';
import type { Locale } from '@/lib/locales';

/**
 * Synthetic but plausible stories, written straight into the CMS's tables by bulk SQL — for
 * measuring search and listings at archive scale (scripts/search-bench.ts; an archive generator can
 * call the same functions). Deterministic: the same seed gives the same archive, so two sizes of it
 * share their first stories exactly.
 *
 * Words follow a Zipf law over the vocabulary of the sample stories in content/articles (their most
 * frequent words first), names and places (with the spelling variants Egyptian papers really print:
 * مصطفى/مصطفي, المدرسة/المدرسه, أحمد/احمد/إحمد, ٢٠٢٦/2026) and a long tail of derived forms (joined
 * article and prepositions, plural and feminine endings). Each story has a few topic words it repeats,
 * one of them in its headline, as news stories do.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A small, fast, seedable generator (mulberry32): reproducible archives without a dependency. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_NAMES = [
  'محمد', 'أحمد', 'احمد', 'مصطفى', 'مصطفي', 'محمود', 'علي', 'حسن', 'حسين', 'إبراهيم', 'يوسف', 'عمر', 'خالد', 'طارق', 'هشام', 'شريف',
  'كريم', 'سامح', 'عادل', 'جمال', 'نبيل', 'سعيد', 'فاطمة', 'مريم', 'نادية', 'هالة', 'سارة', 'منى', 'ريهام', 'دينا', 'ياسمين', 'نور',
  'إحمد', 'عبدالله', 'عبدالرحمن', 'رانيا', 'هبة', 'أسماء', 'وليد', 'تامر', 'أيمن', 'ممدوح', 'رامي', 'باسم', 'شيماء', 'إيمان',
];
const FAMILY_NAMES = [
  'البدوي', 'السيد', 'الشافعي', 'المصري', 'حجازي', 'الجندي', 'الشريف', 'النجار', 'منصور', 'سليمان', 'رضوان', 'فهمي', 'زكي', 'صبري',
  'شوقي', 'عثمان', 'مدبولي', 'الخطيب', 'عبدالعزيز', 'الحسيني', 'الدسوقي', 'المنشاوي', 'الطحاوي', 'أبوزيد', 'سرور', 'غنيم', 'عبدالفتاح',
];
const PLACES = [
  'القاهرة', 'الجيزة', 'الإسكندرية', 'أسوان', 'الأقصر', 'بورسعيد', 'السويس', 'طنطا', 'المنصورة', 'دمياط', 'سيناء', 'الفيوم', 'المنيا',
  'أسيوط', 'سوهاج', 'قنا', 'الغردقة', 'مرسى مطروح', 'العاصمة الإدارية', 'الدلتا', 'الصعيد', 'غزة', 'الخرطوم', 'الرياض', 'دبي',
];
const VARIANTS = ['المدرسة', 'المدرسه', 'الانتخابات', 'والانتخابات', 'للانتخابات', '٢٠٢٦', '2026', 'البرلمان', 'مجلس النواب', 'الحكومة'];
const ENGLISH_NAMES = ['Cairo', 'Giza', 'Alexandria', 'Aswan', 'Mostafa', 'Mustafa', 'Ahmed', 'Badawi', 'Madbouly', 'Sinai', 'Suez', 'Delta'];

export interface Vocabulary {
  /** Words in Zipf rank order, the most frequent first. */
  words: readonly string[];
  /** Names and places: topics a story repeats and readers search for. */
  topics: readonly string[];
}

function tokens(text: string): string[] {
  return text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

/** The vocabulary of each edition, ranked: the sample stories' words by their frequency, then names and variants, then derived forms. */
export function vocabularies(folder = path.join(ROOT, 'content/articles')): Record<Locale, Vocabulary> {
  const files = readMarkdownFolder(folder).map(({ file, absolute }) => ({ file, source: fs.readFileSync(absolute, 'utf8') }));
  const { articles } = buildContent(files, newsroom);
  const counts: Record<Locale, Map<string, number>> = { ar: new Map(), en: new Map() };
  for (const article of articles) {
    for (const word of tokens(`${article.title} ${article.summary} ${bodyText(article.body)}`)) {
      counts[article.locale].set(word, (counts[article.locale].get(word) ?? 0) + 1);
    }
  }
  const ranked = (locale: Locale) => [...counts[locale]].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const arabic = ranked('ar');
  const names = FAMILY_NAMES.flatMap((family, i) => [family, FIRST_NAMES[i % FIRST_NAMES.length]!]);
  // Derived forms of the content words: the long tail a real archive has, sharing stems with the head.
  const stems = arabic.filter((w) => /^[\u0621-\u064a]{4,}$/u.test(w) && !w.startsWith('ال'));
  const derived = stems.flatMap((w) => [`ال${w}`, `وال${w}`, `بال${w}`, `${w}ات`, `${w}ة`, `${w}ي`, `و${w}`, `لل${w}`, `${w}ها`]);
  const head = arabic.slice(0, 400);
  const middle = [...names, ...FIRST_NAMES, ...PLACES, ...VARIANTS, ...arabic.slice(400)];
  const ar = [...new Set([...head, ...interleave(middle, derived.slice(0, 2000)), ...derived.slice(2000)])];
  const en = [...new Set([...ranked('en'), ...ENGLISH_NAMES])];
  return {
    ar: { words: ar, topics: [...FIRST_NAMES, ...FAMILY_NAMES, ...PLACES, ...VARIANTS] },
    en: { words: en, topics: ENGLISH_NAMES },
  };
}

function interleave<T>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i < a.length) out.push(a[i]!);
    if (i < b.length) out.push(b[i]!);
  }
  return out;
}

/** Draws words by Zipf–Mandelbrot rank frequency (1 / (rank + 2.7)), with the randomness given at each draw. */
export function zipf(words: readonly string[]): (next: () => number) => string {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 0; rank < words.length; rank++) cumulative.push((total += 1 / (rank + 2.7)));
  return (next) => {
    const target = next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return words[lo]!;
  };
}

export interface SyntheticArticle {
  id: number;
  locale: Locale;
  title: string;
  summary: string;
  body: Block[];
  section: string;
  tags: string[];
  publishedAt: Date;
}

export interface SyntheticOptions {
  /** How many stories, and the id of the first. */
  count: number;
  firstId: number;
  seed?: number;
  /** Share of English stories (the rest Arabic). */
  englishShare?: number;
  /** Story i is published `minutesApart × i` minutes (less some jitter) before `until`: a larger archive reaches further back. */
  until?: Date;
  minutesApart?: number;
  vocabulary?: Record<Locale, Vocabulary>;
}

const SECTIONS = newsroom.sections.map((s) => s.slug);

/**
 * The stories, newest first, one by one (the whole archive never sits in memory). Story i depends
 * only on the seed, `until` and i, so the newest 1,000 of a 1,000,000-story archive are exactly the
 * stories of a 1,000-story one.
 */
export function* syntheticArticles(options: SyntheticOptions): Generator<SyntheticArticle> {
  const { count, firstId, seed = 11, englishShare = 0.03, until = new Date(), minutesApart = 20 } = options;
  const vocabulary = options.vocabulary ?? vocabularies();
  const samplers = { ar: zipf(vocabulary.ar.words), en: zipf(vocabulary.en.words) };
  for (let i = 0; i < count; i++) {
    const next = random(seed * 1_000_003 + i);
    const locale: Locale = next() < englishShare ? 'en' : 'ar';
    const { topics } = vocabulary[locale];
    const draw = () => samplers[locale](next);
    const topic = Array.from({ length: 1 + Math.floor(next() * 3) }, () => topics[Math.floor(next() * topics.length)]!);
    // A topic word instead of a drawn one now and then: stories repeat what they are about.
    const word = () => (next() < 0.04 ? topic[Math.floor(next() * topic.length)]! : draw());
    const sentence = (n: number) => Array.from({ length: n }, word).join(' ');
    const length = 150 + Math.floor(next() * 751);
    const body: Block[] = [];
    for (let written = 0; written < length; ) {
      const n = Math.min(length - written, 25 + Math.floor(next() * 46));
      body.push({ type: 'paragraph', children: [{ type: 'text', text: `${sentence(n)}.` }] });
      written += n;
    }
    yield {
      id: firstId + i,
      locale,
      title: `${topic[0]} ${sentence(6 + Math.floor(next() * 7))}`,
      summary: `${sentence(18 + Math.floor(next() * 18))}.`,
      body,
      section: SECTIONS[Math.floor(next() * SECTIONS.length)]!,
      tags: Array.from({ length: 1 + Math.floor(next() * 3) }, () => topic[Math.floor(next() * topic.length)]!),
      publishedAt: new Date(until.getTime() - i * minutesApart * 60_000 - Math.floor(next() * minutesApart * 60_000)),
    };
  }
}

/** The sections of content/newsroom.json, created when missing; their ids by slug. */
export async function ensureSections(db: pg.ClientBase | pg.Pool): Promise<Map<string, number>> {
  for (const [index, section] of newsroom.sections.entries()) {
    await db.query(
      `INSERT INTO sections (slug, name_ar, name_en, "order") SELECT $1::varchar, $2, $3, $4 WHERE NOT EXISTS (SELECT 1 FROM sections WHERE slug = $1::varchar)`,
      [section.slug, section.name.ar, section.name.en, (index + 1) * 10],
    );
  }
  const { rows } = await db.query<{ id: number; slug: string }>('SELECT id, slug FROM sections');
  return new Map(rows.map((row) => [row.slug, row.id]));
}

/**
 * Writes stories in one statement per batch (arrays unnested into rows): published, with their tags
 * through articles_rels as the CMS keeps them. The database's own triggers index them for search.
 */
export async function insertArticles(db: pg.ClientBase | pg.Pool, articles: readonly SyntheticArticle[], sections: ReadonlyMap<string, number>): Promise<void> {
  if (!articles.length) return;
  await db.query(
    `INSERT INTO articles (id, title, summary, body, edition, section_id, published_at, first_published_at, updated_at, created_at, _status)
     SELECT t.id, t.title, t.summary, t.body, t.edition::enum_articles_edition, t.section_id, t.at, t.at, t.at, t.at, 'published'
     FROM unnest($1::int[], $2::text[], $3::text[], $4::jsonb[], $5::text[], $6::int[], $7::timestamptz[]) AS t(id, title, summary, body, edition, section_id, at)`,
    [
      articles.map((a) => a.id),
      articles.map((a) => a.title),
      articles.map((a) => a.summary),
      articles.map((a) => JSON.stringify(blocksToLexical(a.body))),
      articles.map((a) => a.locale),
      articles.map((a) => sections.get(a.section)!),
      articles.map((a) => a.publishedAt),
    ],
  );
  const rels = articles.flatMap((a) => [...new Set(a.tags)].map((tag, order) => ({ id: a.id, tag, edition: a.locale, order: order + 1 })));
  await db.query(
    `INSERT INTO tags (name, edition) SELECT DISTINCT t.name, t.edition::enum_tags_edition FROM unnest($1::text[], $2::text[]) AS t(name, edition)
     ON CONFLICT DO NOTHING`,
    [rels.map((r) => r.tag), rels.map((r) => r.edition)],
  );
  await db.query(
    `INSERT INTO articles_rels (parent_id, path, "order", tags_id)
     SELECT t.id, 'tags', t.ord, g.id FROM unnest($1::int[], $2::text[], $3::text[], $4::int[]) AS t(id, name, edition, ord)
     JOIN tags g ON g.name = t.name AND g.edition = t.edition::enum_tags_edition`,
    [rels.map((r) => r.id), rels.map((r) => r.tag), rels.map((r) => r.edition), rels.map((r) => r.order)],
  );
}

/** After writing ids by hand, the CMS's next story must still get a free one. */
export async function moveIdSequence(db: pg.ClientBase | pg.Pool): Promise<void> {
  await db.query(`SELECT setval(pg_get_serial_sequence('articles', 'id'), (SELECT max(id) FROM articles))`);
}
