/**
 * Helpers for the feed and sitemap tests: articles built from Markdown source through the real
 * parser (so they are exactly what the repository serves), a throw-away content directory for
 * tests that need the repository to hold something specific, and a strict XML parse.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArticle } from '@/lib/content/parse';
import type { Article } from '@/lib/content/types';

export interface FixtureOptions {
  locale?: 'ar' | 'en';
  title?: string;
  summary?: string;
  section?: string;
  tags?: string[];
  publishedAt?: string;
  updatedAt?: string;
  image?: string;
  translationOf?: number;
}

export function fixtureSource(id: number, options: FixtureOptions = {}): string {
  const {
    locale = 'ar',
    title = `خبر ${id}`,
    summary = `ملخص ${id}`,
    section = 'news',
    tags = ['وسم'],
    publishedAt = '2026-11-20T09:00:00+02:00',
    updatedAt = publishedAt,
    image = '/images/articles/1001-spacex-ipo.webp',
    translationOf,
  } = options;
  // JSON strings are valid YAML double-quoted scalars, so any title survives the trip verbatim.
  return [
    '---',
    `id: ${id}`,
    `locale: ${locale}`,
    `title: ${JSON.stringify(title)}`,
    `summary: ${JSON.stringify(summary)}`,
    `section: ${section}`,
    `tags: ${JSON.stringify(tags)}`,
    'byline: "desk"',
    `publishedAt: "${publishedAt}"`,
    `updatedAt: "${updatedAt}"`,
    `image: { src: ${image}, alt: "a", caption: "c", width: 1600, height: 900 }`,
    translationOf ? `translationOf: ${translationOf}` : '',
    '---',
    '',
    'Body.',
  ]
    .filter((line, i, all) => line !== '' || all[i - 1] === '---')
    .join('\n');
}

export function fixtureArticle(id: number, options: FixtureOptions = {}): Article {
  return parseArticle(`fixture/${id}.md`, fixtureSource(id, options)).article;
}

/** Points the repository at a fresh directory holding these articles; import modules after calling. */
export function useContentDir(articles: Record<number, FixtureOptions>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alwafd-feeds-'));
  for (const [id, options] of Object.entries(articles)) {
    fs.writeFileSync(path.join(dir, `${id}-fixture.md`), fixtureSource(Number(id), options));
  }
  jest.resetModules();
  process.env.CONTENT_DIR = dir;
  return dir;
}

export function restoreContentDir(dir?: string): void {
  delete process.env.CONTENT_DIR;
  jest.resetModules();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}

/** Parses XML strictly (jsdom's DOMParser); a document that is not well-formed throws with the parser's message. */
export function parseXml(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`Not well-formed XML: ${error.textContent}`);
  return doc;
}

/** Text of the first direct child element named `name`. */
export function childText(parent: Element, name: string): string | undefined {
  return [...parent.children].find((c) => c.tagName === name)?.textContent ?? undefined;
}

/** An instant as the content schema wants it (ISO-8601 with an offset), here +00:00. */
export function isoAt(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}
