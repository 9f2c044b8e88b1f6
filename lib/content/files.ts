import fs from 'node:fs';
import path from 'node:path';
import { MemorySource, type MemoryContent } from './memory-source';
import { newsroom, type Newsroom } from './newsroom';
import { ContentError, parseArticle, type ParsedArticle } from './parse';
import type { ContentSource } from './source';
import type { Article } from './types';

/**
 * Articles written as Markdown files with YAML front matter (content/articles): parsed, cross-
 * checked and indexed in memory. Every problem is collected, so an editor fixing a broken folder
 * sees every bad file at once; each names its file and field.
 */

export interface SourceFile {
  /** Path shown in error messages, relative to the project. */
  file: string;
  source: string;
}

export function buildContent(files: readonly SourceFile[], { sections, masthead }: Newsroom, parsed = new Map<string, ParsedArticle>()): MemoryContent {
  const problems: string[] = [];
  const entries: { file: string; parsed: ParsedArticle }[] = [];
  for (const { file, source } of files) {
    try {
      entries.push({ file, parsed: parsed.get(file) ?? parseArticle(file, source, sections) });
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
  return { articles, sections, masthead };
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

export function contentDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.CONTENT_DIR || 'content/articles');
}

function refreshMs(): number {
  const seconds = Number(process.env.CONTENT_REFRESH_SECONDS ?? 60);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 60_000;
}

interface Stamp {
  mtimeMs: number;
  size: number;
  parsed: ParsedArticle;
}

interface State {
  source: MemorySource;
  stamps: Map<string, Stamp>;
  checkedAt: number;
  articles: number;
}

function load(dir: string, previous?: State): State {
  const files: SourceFile[] = [];
  const reuse = new Map<string, ParsedArticle>();
  const stamps = new Map<string, Stamp>();
  for (const { file, absolute, stat } of readMarkdownFolder(dir)) {
    const old = previous?.stamps.get(file);
    if (old && old.mtimeMs === stat.mtimeMs && old.size === stat.size) {
      reuse.set(file, old.parsed);
      stamps.set(file, old);
      files.push({ file, source: '' });
      continue;
    }
    const source = fs.readFileSync(absolute, 'utf8');
    files.push({ file, source });
    try {
      const parsed = parseArticle(file, source, newsroom.sections);
      stamps.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, parsed });
      reuse.set(file, parsed);
    } catch {
      // buildContent reparses it and reports the problem together with every other one.
    }
  }
  const content = buildContent(files, newsroom, reuse);
  return { source: new MemorySource(content), stamps, checkedAt: Date.now(), articles: content.articles.length };
}

/**
 * One state per content folder per process, shared by every route: Next bundles each route on its
 * own, each with its own copy of this module, so a module variable would index the folder once per
 * route, and a refresh by POST /api/revalidate would reach only the API's copy.
 */
const STATES = Symbol.for('alwafd.content.files');
const states: Map<string, State> = ((globalThis as { [STATES]?: Map<string, State> })[STATES] ??= new Map());

/**
 * The folder's content, parsed once per process and then rescanned cheaply (names, sizes,
 * mtimes) at most every CONTENT_REFRESH_SECONDS, re-parsing only changed files. A first load
 * that fails throws (and fails `next build` with file and field); a later bad edit keeps the last
 * good content serving.
 */
export function markdownSource(dir = contentDir()): ContentSource {
  let state = states.get(dir);
  if (!state) {
    state = load(dir);
    states.set(dir, state);
  } else if (Date.now() - state.checkedAt >= refreshMs()) {
    state.checkedAt = Date.now();
    try {
      state = load(dir, state);
      states.set(dir, state);
    } catch (error) {
      console.error(`[content] keeping the last good content: ${(error as Error).message}`);
    }
  }
  return state.source;
}

/** Re-reads the folder now (the publishing endpoint calls this); throws, changing nothing, if the new content is invalid. */
export function refreshMarkdownSource(dir = contentDir()): { articles: number } {
  const state = load(dir, states.get(dir));
  states.set(dir, state);
  return { articles: state.articles };
}
