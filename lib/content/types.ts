import type { ArticleFrontMatter } from './schema';
import type { Locale } from '@/lib/site';

export type ArticleImage = ArticleFrontMatter['image'];

/** An article as pages see it: validated front matter plus the rendered, sanitized body. */
export interface Article extends Omit<ArticleFrontMatter, 'locale' | 'translationOf'> {
  locale: Locale;
  /** The counterpart in the other locale, when one exists (either side of `translationOf`). */
  translationId?: number;
  /** The body as written (Markdown). Rendered to sanitized HTML on demand: `articleHtml()`. */
  body: string;
  /** The body's paragraphs as plain text, for feeds and descriptions. */
  text: string;
  wordCount: number;
  readingMinutes: number;
  /** Repository-relative path of the source file, for error messages and the editors' tools. */
  file: string;
  /** Changes whenever the file's content changes: versions derived assets such as the social card. */
  version: string;
}

export interface Page<T> {
  items: T[];
  page: number;
  totalPages: number;
  total: number;
}
