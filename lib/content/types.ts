import type { Locale } from '@/lib/locales';
import type { Block } from './body';

/**
 * The site's content as pages see it, whatever stores it. Every content source (the CMS's
 * database in production, an in-memory one in unit tests) answers in these shapes, so no page or
 * component ever sees a storage detail (a file name, a table row, a rich-text format).
 */

export type Localized = Record<Locale, string>;

/** A section of the paper, ordered as the navigation shows it, named in both editions. */
export interface Section {
  slug: string;
  name: Localized;
}

/** An article's section as a list or a page shows it: its slug and its name in the article's edition. */
export interface SectionRef {
  slug: string;
  name: string;
}

export interface ArticleImage {
  /** The picture's URL: a path on this site (/api/media/file/…, /images/…) or the media store's absolute URL. */
  src: string;
  alt: string;
  caption: string;
  width: number;
  height: number;
  /** Byte length and MIME type, when the store knows them (RSS enclosures need both). */
  bytes?: number;
  type?: string;
}

/**
 * Who signs the story. A desk ("قسم الاقتصاد", "بوابة الوفد") is an organization to search
 * engines; a columnist is a person.
 */
export interface Byline {
  name: string;
  kind: 'desk' | 'person';
}

/** What a list shows of a story: no body, no tags. */
export interface ArticleTeaser {
  id: number;
  locale: Locale;
  title: string;
  summary: string;
  section: SectionRef;
  publishedAt: string;
  updatedAt: string;
  image?: ArticleImage;
}

export interface Correction {
  text: string;
  at: string;
}

export interface Article extends ArticleTeaser {
  tags: string[];
  byline: Byline;
  body: Block[];
  wordCount: number;
  readingMinutes: number;
  /** The counterpart in the other edition, when one exists. */
  translationId?: number;
  /** Changes whenever anything a reader sees changes: versions derived assets such as the social card. */
  revision: string;
  /** Demonstration content, said so on the page. */
  sample: boolean;
  correction?: Correction;
}

/** One entry of the paper's leadership, as the masthead prints it. */
export interface MastheadEntry {
  role: Localized;
  name: Localized;
}

/** One page of a listing, newest first. `hasNext` instead of a total: counting a large archive is work no reader asked for. */
export interface Page<T> {
  items: T[];
  page: number;
  hasNext: boolean;
}

/** What a sitemap needs of an article. */
export interface ArticleIndexEntry {
  id: number;
  locale: Locale;
  updatedAt: string;
  translation?: { id: number; locale: Locale };
  image?: string;
}

/** Where a sitemap file of an edition starts: the (publication time, id) of its oldest story. */
export interface IndexCut {
  at: string;
  id: number;
}

export interface TagSummary {
  tag: string;
  count: number;
  /** The newest `updatedAt` among the tag's articles: the tag page's lastmod. */
  updatedAt: string;
}

/** Whether an article's URL names something: live, taken down (410 Gone), or never was (404). */
export type ArticleStatus = 'published' | 'withdrawn' | 'missing';
