import fs from 'node:fs';
import path from 'node:path';
import type { Pool } from 'pg';
import type { Payload } from 'payload';
import { buildContent, readMarkdownFolder, type SourceFile } from '@/lib/content/files';
import { blocksToLexical } from '@/lib/content/lexical';
import { newsroom } from '@/lib/content/newsroom-file';
import { parseArticle, type ParsedArticle } from '@/lib/content/parse';
import type { Article } from '@/lib/content/types';
import { ARCHIVE_BASE } from './archive/range';

/**
 * Imports a folder of Markdown articles (the newsroom's file format: YAML front matter + Markdown)
 * into the CMS, with the sections, masthead, writers, Hijri corrections and names in Latin letters of content/newsroom.json.
 * Idempotent: an article whose id exists is updated, a picture already uploaded (with the same alt
 * text) is reused, sections and writers are matched by slug (sections the newsroom already keeps
 * are left as they are).
 * The whole folder is checked first — a broken file names its file and field and nothing is
 * imported. Ids are kept (the seed stays /news/1001) and the id sequence moves past them.
 */

export interface ImportReport {
  articles: number;
  created: number;
  updated: number;
  sections: number;
  writers: number;
  pictures: number;
}

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Where `/images/…` in front matter lives: the site's public folder. */
const PUBLIC = path.join(ROOT, 'public');

const context = { importing: true };

function readFolder(folder: string): { articles: readonly Article[]; parsed: Map<number, ParsedArticle> } {
  const files: SourceFile[] = readMarkdownFolder(path.resolve(ROOT, folder)).map(({ file, absolute }) => ({ file, source: fs.readFileSync(absolute, 'utf8') }));
  // Every file, cross-checked (ids, translations): throws with every problem, before anything is written.
  const { articles } = buildContent(files, newsroom);
  const parsed = new Map<number, ParsedArticle>();
  for (const { file, source } of files) {
    const entry = parseArticle(file, source, newsroom.sections, newsroom.writers);
    parsed.set(entry.article.id, entry);
  }
  return { articles, parsed };
}

/** The sections the files name, created if the CMS lacks them — never changed if it has them (the newsroom may have renamed one). */
async function ensureSections(payload: Payload): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const [index, section] of newsroom.sections.entries()) {
    const found = await payload.find({ collection: 'sections', where: { slug: { equals: section.slug } }, limit: 1, pagination: false, context });
    const doc = found.docs[0] ?? (await payload.create({ collection: 'sections', data: { slug: section.slug, name: section.name, ...(section.inSentence && { inSentence: section.inSentence }), order: (index + 1) * 10 }, context }));
    ids.set(section.slug, Number(doc.id));
  }
  return ids;
}

/** The masthead as the file has it, unless the newsroom already keeps one in the CMS. */
async function seedMasthead(payload: Payload): Promise<void> {
  const current = await payload.findGlobal({ slug: 'masthead', context });
  if ((current.terms ?? []).length) return;
  await payload.updateGlobal({ slug: 'masthead', data: { terms: [{ entries: newsroom.masthead }] }, context });
}

/** The Hijri corrections as the file has them, unless the newsroom already keeps some in the CMS. */
async function seedHijri(payload: Payload): Promise<void> {
  const current = await payload.findGlobal({ slug: 'hijri', context });
  if ((current.offsets ?? []).length || !newsroom.hijriOffsets.length) return;
  const offsets = newsroom.hijriOffsets.map(({ year, month, days, source }) => ({ year, month: String(month) as never, days, source }));
  await payload.updateGlobal({ slug: 'hijri', data: { offsets }, context });
}

/** The names in Latin letters as the file has them, unless the newsroom already keeps some in the CMS. */
async function seedLatinNames(payload: Payload): Promise<void> {
  const kept = await payload.count({ collection: 'latin-names', context });
  if (kept.totalDocs) return;
  for (const { name, spellings } of newsroom.latinNames) {
    await payload.create({ collection: 'latin-names', data: { name, spellings: spellings.join('\n') }, context });
  }
}

/**
 * The uploaded picture for a file and its alt text. A picture has one alt text, in one language: a
 * translation that reuses the original's picture gets its own upload, described in its own language
 * (the CMS names the copy "name-1.webp").
 */
async function picture(payload: Payload, image: { src: string; alt: string; caption?: string }, cache: Map<string, number>): Promise<number> {
  const key = `${image.src}\u0000${image.alt}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const stem = path.basename(image.src, path.extname(image.src));
  const found = await payload.find({
    collection: 'media',
    where: { and: [{ alt: { equals: image.alt } }, { filename: { like: stem } }] },
    limit: 1,
    pagination: false,
    context,
  });
  const file = path.join(PUBLIC, image.src);
  const doc =
    found.docs[0] ?? (await payload.create({ collection: 'media', data: { alt: image.alt, caption: image.caption ?? '' }, filePath: file, context }));
  cache.set(key, Number(doc.id));
  return Number(doc.id);
}

/** The columnists of content/newsroom.json, with their portraits; slug → id. */
async function upsertWriters(payload: Payload, pictures: Map<string, number>): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const writer of newsroom.writers) {
    const photo = writer.photo ? await picture(payload, { src: writer.photo.src, alt: writer.photo.alt.ar }, pictures) : null;
    const data = {
      slug: writer.slug,
      name: writer.name,
      column: { ar: writer.column.ar ?? '', en: writer.column.en ?? '' },
      bio: { ar: writer.bio.ar ?? '', en: writer.bio.en ?? '' },
      photo,
      photoAlt: { ar: writer.photo?.alt.ar ?? '', en: writer.photo?.alt.en ?? '' },
    };
    const found = await payload.find({ collection: 'writers', where: { slug: { equals: writer.slug } }, limit: 1, pagination: false, context });
    const doc = found.docs[0]
      ? await payload.update({ collection: 'writers', id: found.docs[0].id, data, context })
      : await payload.create({ collection: 'writers', data, context });
    ids.set(writer.slug, Number(doc.id));
  }
  return ids;
}

export async function importFolder(payload: Payload, folder: string): Promise<ImportReport> {
  const { articles, parsed } = readFolder(folder);
  const sections = await ensureSections(payload);
  await seedMasthead(payload);
  await seedHijri(payload);
  await seedLatinNames(payload);
  const pictures = new Map<string, number>();
  const writers = await upsertWriters(payload, pictures);
  const report: ImportReport = { articles: articles.length, created: 0, updated: 0, sections: sections.size, writers: writers.size, pictures: 0 };

  for (const article of articles) {
    const data = {
      title: article.title,
      summary: article.summary,
      body: blocksToLexical(article.body),
      edition: article.locale,
      section: sections.get(article.section.slug)!,
      tags: article.tags,
      image: article.image ? await picture(payload, article.image, pictures) : null,
      publishedAt: article.publishedAt,
      revisedAt: article.updatedAt !== article.publishedAt ? article.updatedAt : null,
      // A columnist signs as a writer; anything else by the desk or the reporter its front matter names.
      writer: article.writer ? writers.get(article.writer.slug)! : null,
      desk: article.writer ? null : article.byline.name,
      bylineType: article.writer ? 'desk' : article.byline.kind,
      sample: article.sample,
      _status: 'published' as const,
    };
    const exists = await payload.find({ collection: 'articles', where: { id: { equals: article.id } }, limit: 1, pagination: false, depth: 0, draft: true, context });
    if (exists.docs.length) {
      await payload.update({ collection: 'articles', id: article.id, data, context });
      report.updated++;
    } else {
      await payload.create({ collection: 'articles', data: { id: article.id, ...data } as never, context });
      report.created++;
    }
  }
  // Translations once every article exists, in the direction the files give.
  for (const { article, translationOf } of parsed.values()) {
    await payload.update({ collection: 'articles', id: article.id, data: { translationOf: translationOf ?? null }, context });
  }
  report.pictures = pictures.size;
  // New stories continue after the highest imported id — below the generated archive's range,
  // which the newsroom's numbering must never run into.
  await (payload.db as unknown as { pool: Pool }).pool.query(
    `SELECT setval(pg_get_serial_sequence('articles', 'id'), GREATEST((SELECT max(id) FROM articles WHERE id < $1), 1))`,
    [ARCHIVE_BASE],
  );
  return report;
}
