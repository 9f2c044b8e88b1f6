import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { hasBidiControls } from '@/lib/text';
import { bodyStrings, readingStats } from './body';
import { markdownToBlocks } from './markdown';
import { articleFrontMatterSchema, type ArticleFrontMatter } from './schema';
import type { Article, ArticleWriter, Section } from './types';
import type { NewsroomWriter } from './newsroom';

/** Content that cannot be published; the message names the file (or document) and the field. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: field "${field}": ${detail}`);
    this.name = 'ContentError';
  }
}

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

export function splitFrontMatter(file: string, source: string): { data: unknown; body: string } {
  const match = FRONT_MATTER.exec(source);
  if (!match) throw new ContentError(file, 'front matter', 'the file must start with a YAML block between two "---" lines');
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '', { schema: 'core', uniqueKeys: true });
  } catch (error) {
    throw new ContentError(file, 'front matter', `is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  return { data, body: match[2] ?? '' };
}

function describeIssue(issue: z.core.$ZodIssue): { field: string; message: string } {
  if (issue.code === 'unrecognized_keys') return { field: issue.keys.join(', '), message: 'is not a known field' };
  return { field: issue.path.length ? issue.path.join('.') : '(front matter)', message: issue.message };
}

export function parseFrontMatter(file: string, data: unknown, sections: readonly Section[], writers: readonly NewsroomWriter[] = []): ArticleFrontMatter {
  const result = articleFrontMatterSchema(
    sections.map((s) => s.slug),
    writers.map((w) => w.slug),
  ).safeParse(data);
  if (!result.success) {
    const first = result.error.issues[0];
    const { field, message } = first ? describeIssue(first) : { field: '(front matter)', message: 'is invalid' };
    throw new ContentError(file, field, message);
  }
  return result.data;
}

/** An article read from Markdown, before its translation link is resolved against the others. */
export interface ParsedArticle {
  article: Article;
  translationOf?: number;
}

/** The columnist as the piece shows them, in its edition. */
function writerOf(writer: NewsroomWriter, locale: Article['locale']): ArticleWriter {
  const column = writer.column[locale];
  return {
    slug: writer.slug,
    name: writer.name[locale],
    ...(column && { column }),
    ...(writer.photo && { photo: { ...writer.photo, alt: writer.photo.alt[locale] } }),
  };
}

export function parseArticle(file: string, source: string, sections: readonly Section[], writers: readonly NewsroomWriter[] = []): ParsedArticle {
  const { data, body } = splitFrontMatter(file, source);
  const { translationOf, byline, bylineType, writer: writerSlug, section: slug, ...meta } = parseFrontMatter(file, data, sections, writers);
  const markdown = body.trim();
  if (!markdown) throw new ContentError(file, 'body', 'is empty');
  const blocks = markdownToBlocks(markdown);
  if (!blocks.length) throw new ContentError(file, 'body', 'has no text');
  if (bodyStrings(blocks).some(hasBidiControls)) {
    throw new ContentError(file, 'body', 'must not contain bidirectional control characters (U+202A–U+202E, U+2066–U+2069)');
  }
  const section = sections.find((s) => s.slug === slug)!;
  const writerEntry = writers.find((w) => w.slug === writerSlug);
  const writer = writerEntry && writerOf(writerEntry, meta.locale);
  const article: Article = {
    ...meta,
    section: { slug, name: section.name[meta.locale] },
    ...(writer && { writer }),
    byline: writer ? { name: writer.name, kind: 'person' } : { name: byline!, kind: bylineType },
    body: blocks,
    ...readingStats(blocks, meta.locale),
    revision: createHash('sha256').update(source).digest('hex').slice(0, 12),
  };
  return { article: translationOf === undefined ? article : { ...article, translationOf }, translationOf };
}
