import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from '@/lib/site';
import { buildCatalog, sectionKey, tagKey, type Catalog, type SourceFile, type TagSummary } from './catalog';
import { parseArticle, type ParsedArticle } from './parse';
import type { Article, Page } from './types';

/**
 * The one module that reads content. Files are parsed once per process into a catalog; after
 * that, at most every CONTENT_REFRESH_SECONDS, a cheap scan (names, sizes, mtimes) picks up
 * added, edited and deleted files and re-parses only those — so an article added on a running
 * server appears at its next revalidation without a redeploy. A CMS later is another
 * implementation of the exported functions.
 */

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
  catalog: Catalog;
  stamps: Map<string, Stamp>;
  checkedAt: number;
}

/**
 * One catalog per content folder per process, shared by every route. Next bundles each route on
 * its own, each with its own copy of this module: a module variable would index the content once
 * per route, and a refresh by POST /api/revalidate would reach only the API's copy, never the
 * pages'. Keyed by folder so tests (and tools) that point CONTENT_DIR elsewhere get their own.
 */
const STATES = Symbol.for('alwafd.content.states');
const states: Map<string, State> = ((globalThis as { [STATES]?: Map<string, State> })[STATES] ??= new Map());

function scan(dir: string): { file: string; absolute: string; stat: fs.Stats }[] {
  const root = process.cwd();
  return (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const absolute = path.join(dir, name);
      const relative = path.relative(root, absolute);
      return { file: relative.startsWith('..') ? absolute : relative, absolute, stat: fs.statSync(absolute) };
    });
}

function load(previous?: State): State {
  const dir = contentDir();
  if (!fs.existsSync(dir)) throw new Error(`Content directory not found: ${dir} (set CONTENT_DIR or create content/articles)`);
  const files: SourceFile[] = [];
  const reuse = new Map<string, ParsedArticle>();
  const stamps = new Map<string, Stamp>();
  for (const { file, absolute, stat } of scan(dir)) {
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
      stamps.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, parsed: parseArticle(file, source) });
      reuse.set(file, stamps.get(file)!.parsed);
    } catch {
      // buildCatalog reparses it and reports the problem together with every other one.
    }
  }
  return { catalog: buildCatalog(files, reuse), stamps, checkedAt: Date.now() };
}

function catalog(): Catalog {
  const dir = contentDir();
  let state = states.get(dir);
  if (!state) {
    // First load: an invalid file throws, which fails `next build` with the file and field.
    state = load();
    states.set(dir, state);
  } else if (Date.now() - state.checkedAt >= refreshMs()) {
    state.checkedAt = Date.now();
    try {
      state = load(state);
      states.set(dir, state);
    } catch (error) {
      // A bad edit on a running server must not take the site down: keep serving the last good catalog.
      console.error(`[content] keeping the last good catalog: ${(error as Error).message}`);
    }
  }
  return state.catalog;
}

/** Re-reads content now (the revalidation endpoint calls this); throws, changing nothing, if the new content is invalid. */
export function refreshContent(): { articles: number } {
  const dir = contentDir();
  const state = load(states.get(dir));
  states.set(dir, state);
  return { articles: state.catalog.byId.size };
}

function paginate<T>(list: readonly T[], page: number, pageSize: number): Page<T> {
  const totalPages = Math.max(1, Math.ceil(list.length / pageSize));
  const start = (page - 1) * pageSize;
  return { items: list.slice(start, start + pageSize), page, totalPages, total: list.length };
}

export function getArticle(id: number): Article | undefined {
  return catalog().byId.get(id);
}

export function getTranslation(article: Article): Article | undefined {
  return article.translationId === undefined ? undefined : catalog().byId.get(article.translationId);
}

export function listLatest(locale: Locale, limit = 20): Article[] {
  return catalog().latest[locale].slice(0, limit);
}

export function listAll(locale: Locale): readonly Article[] {
  return catalog().latest[locale];
}

export function countArticles(): number {
  return catalog().byId.size;
}

export function listBySection(locale: Locale, section: string, page = 1, pageSize = 20): Page<Article> {
  return paginate(catalog().bySection.get(sectionKey(locale, section)) ?? [], page, pageSize);
}

export function listByTag(locale: Locale, tag: string, page = 1, pageSize = 20): Page<Article> {
  return paginate(catalog().byTag.get(tagKey(locale, tag)) ?? [], page, pageSize);
}

export function listTags(locale: Locale): readonly TagSummary[] {
  return catalog().tags[locale];
}

/**
 * Stories to read next: shared tags weigh most, the same section a little, recency breaks ties.
 * Only the article's own locale; never the article itself.
 */
export function listRelated(article: Article, limit = 4): Article[] {
  const tags = new Set(article.tags.map((t) => t.normalize('NFC')));
  const scores = new Map<Article, number>();
  const all = catalog();
  for (const tag of tags) {
    for (const other of all.byTag.get(tagKey(article.locale, tag)) ?? []) {
      if (other.id !== article.id) scores.set(other, (scores.get(other) ?? 0) + 2);
    }
  }
  for (const other of all.bySection.get(sectionKey(article.locale, article.section)) ?? []) {
    if (other.id !== article.id) scores.set(other, (scores.get(other) ?? 0) + 1);
  }
  const ranked = [...scores].sort(
    ([a, sa], [b, sb]) => sb - sa || Date.parse(b.publishedAt) - Date.parse(a.publishedAt),
  );
  const picks = ranked.slice(0, limit).map(([a]) => a);
  // Top up with the newest stories so the block is never thin on a quiet tag.
  for (const other of all.latest[article.locale]) {
    if (picks.length >= Math.min(3, limit)) break;
    if (other.id !== article.id && !picks.includes(other)) picks.push(other);
  }
  return picks;
}
