import fs from 'node:fs';
import path from 'node:path';
import type { MemoryContent } from './memory-source';
import type { Newsroom } from './newsroom';
import { ContentError, parseArticle, type ParsedArticle } from './parse';
import type { Article } from './types';

/**
 * Articles written as Markdown files with YAML front matter — the newsroom's import format
 * (content/articles, `npm run import`): parsed and cross-checked together. Every problem is
 * collected, so an editor fixing a broken folder sees every bad file at once; each names its file
 * and field.
 */

export interface SourceFile {
  /** Path shown in error messages, relative to the project. */
  file: string;
  source: string;
}

export function buildContent(files: readonly SourceFile[], { sections, masthead, writers }: Pick<Newsroom, 'sections' | 'masthead' | 'writers'>, parsed = new Map<string, ParsedArticle>()): MemoryContent {
  const problems: string[] = [];
  const entries: { file: string; parsed: ParsedArticle }[] = [];
  for (const { file, source } of files) {
    try {
      entries.push({ file, parsed: parsed.get(file) ?? parseArticle(file, source, sections, writers) });
    } catch (error) {
      problems.push(error instanceof ContentError ? error.message : `${file}: ${(error as Error).message}`);
    }
  }

  const byId = new Map<number, { file: string; article: Article }>();
  for (const { file, parsed: { article } } of entries) {
    const existing = byId.get(article.id);
    if (existing) {
      problems.push(new ContentError(file, 'id', `${article.id} is already used by ${existing.file}`).message);
      continue;
    }
    byId.set(article.id, { file, article });
  }

  const translations = new Map<number, number>();
  for (const { file, parsed: { article, translationOf } } of entries) {
    if (translationOf === undefined || byId.get(article.id)?.article !== article) continue;
    const original = byId.get(translationOf)?.article;
    const fail = (detail: string) => problems.push(new ContentError(file, 'translationOf', detail).message);
    if (!original) fail(`no article has id ${translationOf}`);
    else if (original.locale === article.locale) fail(`article ${translationOf} is in the same locale (${article.locale})`);
    else if (translations.has(translationOf) || translations.has(article.id)) fail(`article ${translationOf} already has a translation`);
    else {
      translations.set(translationOf, article.id);
      translations.set(article.id, translationOf);
    }
  }

  if (problems.length) {
    throw new Error(`Content is invalid (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n  ${problems.join('\n  ')}`);
  }
  const articles = [...byId.values()].map(({ article }) => {
    const translationId = translations.get(article.id);
    return translationId === undefined ? article : { ...article, translationId };
  });
  return { articles, sections, masthead, writers };
}

/** Reads every `.md` file under `dir` (recursively), sorted, with paths relative to the project. */
export function readMarkdownFolder(dir: string): (SourceFile & { absolute: string; stat: fs.Stats })[] {
  if (!fs.existsSync(dir)) throw new Error(`Content directory not found: ${dir}`);
  const root = process.cwd();
  return (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const absolute = path.join(dir, name);
      const relative = path.relative(root, absolute);
      return { file: relative.startsWith('..') ? absolute : relative, absolute, stat: fs.statSync(absolute), source: '' };
    });
}
