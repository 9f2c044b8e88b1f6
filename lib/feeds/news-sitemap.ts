import { listAll } from '@/lib/content/repository';
import type { Article } from '@/lib/content/types';
import { articlePath } from '@/lib/routes';
import { absoluteUrl, locales, site } from '@/lib/site';
import { XML_TYPE, xmlResponse } from './response';
import { element } from './xml';

/**
 * The Google News sitemap (`/news-sitemap.xml`): articles of both editions published in the last
 * 48 hours, newest first, at most 1000 — Google's limits; older articles are in /sitemap.xml.
 * The publication name must match the one registered with Google News: the paper's name in the
 * article's language, from content/site.json.
 */

export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;
export const NEWS_LIMIT = 1000;

/** Published within the window ending at `now`; a story scheduled for later is not news yet. */
export function recentArticles(articles: readonly Article[], now: Date): Article[] {
  const end = now.getTime();
  const start = end - NEWS_WINDOW_MS;
  return articles
    .filter((a) => {
      const published = Date.parse(a.publishedAt);
      return published > start && published <= end;
    })
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || b.id - a.id)
    .slice(0, NEWS_LIMIT);
}

function renderUrl(article: Article): string {
  return [
    '<url>',
    element('loc', absoluteUrl(articlePath(article))),
    '<news:news>',
    '<news:publication>',
    element('news:name', site.name[article.locale]),
    element('news:language', article.locale),
    '</news:publication>',
    // As stored: ISO-8601 with the desk's offset, which is what Google asks for.
    element('news:publication_date', article.publishedAt),
    element('news:title', article.title),
    '</news:news>',
    '</url>',
  ].join('');
}

/** Pure: the articles to consider and the moment "now" is, so tests control both. */
export function buildNewsSitemap(articles: readonly Article[], now: Date): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...recentArticles(articles, now).map(renderUrl),
    '</urlset>',
    '',
  ].join('\n');
}

export function newsSitemapResponse(now = new Date()): Promise<Response> {
  return xmlResponse(() => buildNewsSitemap(locales.flatMap((locale) => listAll(locale)), now), XML_TYPE);
}
