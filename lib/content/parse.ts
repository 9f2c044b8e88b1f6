import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { ArticleFrontMatterSchema, type ArticleFrontMatter } from './schema';
import { plainText } from './markdown';
import type { Article } from './types';

/** A content file that cannot be published; the message names the file and the field. */
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

/** Arabic readers of news read about 180 words a minute; the estimate only has to be honest, not exact. */
const WORDS_PER_MINUTE = 180;

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
  if (issue.code === 'unrecognized_keys') {
    return { field: issue.keys.join(', '), message: 'is not a known field' };
  }
  return { field: issue.path.length ? issue.path.join('.') : '(front matter)', message: issue.message };
}

export function parseFrontMatter(file: string, data: unknown): ArticleFrontMatter {
  const result = ArticleFrontMatterSchema.safeParse(data);
  if (!result.success) {
    const first = result.error.issues[0];
    const { field, message } = first ? describeIssue(first) : { field: '(front matter)', message: 'is invalid' };
    throw new ContentError(file, field, message);
  }
  return result.data;
}

export interface ParsedArticle {
  article: Article;
  /** Resolved both ways by the repository, which sees every file. */
  translationOf?: number;
}

export function parseArticle(file: string, source: string): ParsedArticle {
  const { data, body } = splitFrontMatter(file, source);
  const { translationOf, ...meta } = parseFrontMatter(file, data);
  const markdown = body.trim();
  if (!markdown) throw new ContentError(file, 'body', 'is empty');
  const text = plainText(markdown);
  const wordCount = text.split(/\s+/).filter(Boolean).length;
  const article: Article = {
    ...meta,
    body: markdown,
    text,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    file,
    version: createHash('sha256').update(source).digest('hex').slice(0, 12),
  };
  return { article, translationOf };
}
