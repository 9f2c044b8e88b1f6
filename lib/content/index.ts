import { cache } from 'react';
import type { Locale } from '@/lib/locales';
import { markdownSource } from './files';
import type { ContentSource } from './source';
import type { Article, ArticleTeaser, MastheadEntry, Page, Section } from './types';

/**
 * The one door to content. Pages, feeds, sitemaps, cards and the proxy ask these functions;
 * none of them knows where content is stored. Each answer is memoized for the request (React's
 * `cache`), so a page and its metadata reading the same article make one query.
 */

export const LISTING_PAGE_SIZE = 20;

let configured: ContentSource | undefined;

/** Unit tests and tools point the door at another source (an in-memory one); undefined restores the default. */
export function setContentSource(source: ContentSource | undefined): void {
  configured = source;
}

function source(): ContentSource {
  return configured ?? markdownSource();
}

export const getArticle = cache((id: number) => source().article(id));
export const getArticleStatus = cache((id: number) => source().articleStatus(id));

export async function getTranslation(article: Article): Promise<Article | undefined> {
  return article.translationId === undefined ? undefined : getArticle(article.translationId);
}

export const listLatest = cache((locale: Locale, limit: number, exclude: readonly number[] = []) => source().latest(locale, limit, exclude));

export const getSectionPage = cache(
  (locale: Locale, section: string, page = 1, pageSize = LISTING_PAGE_SIZE): Promise<Page<ArticleTeaser>> =>
    source().sectionPage(locale, section, page, pageSize),
);

export const getTagPage = cache(
  (locale: Locale, tag: string, page = 1, pageSize = LISTING_PAGE_SIZE): Promise<Page<ArticleTeaser>> =>
    source().tagPage(locale, tag.normalize('NFC'), page, pageSize),
);

export const listRelated = cache((article: Article, limit = 4) => source().related(article, limit));
export const listPublishedBetween = (since: Date, until: Date, limit: number) => source().publishedBetween(since, until, limit);
export const getArticleIndex = (locale: Locale, offset: number, limit: number) => source().articleIndex(locale, offset, limit);
export const getSectionsUpdated = cache((locale: Locale) => source().sectionsUpdated(locale));
export const listTags = cache((locale: Locale) => source().tags(locale));
export const getSections = cache(() => source().sections());
export const getMasthead = cache(() => source().masthead());

/** What every page's frame shows besides the page: the sections to navigate and the masthead. */
export interface SiteFrame {
  sections: Section[];
  masthead: MastheadEntry[];
}

export async function getSiteFrame(): Promise<SiteFrame> {
  const [sections, masthead] = await Promise.all([getSections(), getMasthead()]);
  return { sections, masthead };
}

export async function getSection(slug: string): Promise<Section | undefined> {
  return (await getSections()).find((s) => s.slug === slug);
}

export type { Article, ArticleTeaser, Page, Section } from './types';
