import type { Locale } from '@/lib/site';
import { ContentError, parseArticle, type ParsedArticle } from './parse';
import type { Article } from './types';

export interface SourceFile {
  /** Path shown in error messages, relative to the project. */
  file: string;
  source: string;
}

export interface TagSummary {
  tag: string;
  count: number;
  /** The newest `updatedAt` among the tag's articles: the tag page's lastmod. */
  updatedAt: string;
}

/** Every article, indexed once so that each query a page makes is a map lookup or a slice. */
export interface Catalog {
  byId: ReadonlyMap<number, Article>;
  /** Newest first, per locale. */
  latest: Readonly<Record<Locale, readonly Article[]>>;
  bySection: ReadonlyMap<string, readonly Article[]>;
  byTag: ReadonlyMap<string, readonly Article[]>;
  tags: Readonly<Record<Locale, readonly TagSummary[]>>;
}

export const sectionKey = (locale: Locale, section: string) => `${locale}\u0000${section}`;
export const tagKey = (locale: Locale, tag: string) => `${locale}\u0000${tag.normalize('NFC')}`;

const newestFirst = (a: Article, b: Article) =>
  Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || b.id - a.id;

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Parses and cross-checks every file. All problems are collected, so an editor fixing a
 * broken build sees every bad file at once; each line names the file and the field.
 */
export function buildCatalog(files: readonly SourceFile[], parsed = new Map<string, ParsedArticle>()): Catalog {
  const problems: string[] = [];
  const entries: ParsedArticle[] = [];
  for (const { file, source } of files) {
    try {
      entries.push(parsed.get(file) ?? parseArticle(file, source));
    } catch (error) {
      problems.push(error instanceof ContentError ? error.message : `${file}: ${(error as Error).message}`);
    }
  }

  const byId = new Map<number, Article>();
  for (const { article } of entries) {
    const existing = byId.get(article.id);
    if (existing) {
      problems.push(new ContentError(article.file, 'id', `${article.id} is already used by ${existing.file}`).message);
      continue;
    }
    byId.set(article.id, article);
  }

  const translations = new Map<number, number>();
  for (const { article, translationOf } of entries) {
    if (translationOf === undefined || byId.get(article.id) !== article) continue;
    const original = byId.get(translationOf);
    const fail = (detail: string) => problems.push(new ContentError(article.file, 'translationOf', detail).message);
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

  const all = [...byId.values()].map((article) => {
    const translationId = translations.get(article.id);
    return translationId === undefined ? article : { ...article, translationId };
  });
  all.sort(newestFirst);

  const latest: Record<Locale, Article[]> = { ar: [], en: [] };
  const bySection = new Map<string, Article[]>();
  const byTag = new Map<string, Article[]>();
  for (const article of all) {
    byId.set(article.id, article);
    latest[article.locale].push(article);
    push(bySection, sectionKey(article.locale, article.section), article);
    for (const tag of new Set(article.tags.map((t) => t.normalize('NFC')))) push(byTag, tagKey(article.locale, tag), article);
  }

  const tags: Record<Locale, TagSummary[]> = { ar: [], en: [] };
  for (const [key, list] of byTag) {
    const [locale, tag] = key.split('\u0000') as [Locale, string];
    const updatedAt = list.reduce((max, a) => (Date.parse(a.updatedAt) > Date.parse(max) ? a.updatedAt : max), list[0]!.updatedAt);
    tags[locale].push({ tag, count: list.length, updatedAt });
  }
  for (const locale of Object.keys(tags) as Locale[]) tags[locale].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag, locale));

  return { byId, latest, bySection, byTag, tags };
}
