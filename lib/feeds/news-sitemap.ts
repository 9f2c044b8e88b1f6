import { listRecentNews } from '@/lib/content';
import type { ArticleTeaser } from '@/lib/content/types';
import { articlePath } from '@/lib/routes';
import { absoluteUrl, site } from '@/lib/site';
import { XML_TYPE, xmlResponse } from './response';
import { element } from './xml';

/**
 * The Google News sitemap (`/news-sitemap.xml`): articles of both editions published in the last
 * 48 hours, newest first, at most 1000 — Google's limits; older articles are in /sitemap.xml.
 * The publication name must match the one registered with Google News: the paper's name in the
 * article's language, from content/site.json.
 */

export { NEWS_LIMIT, NEWS_WINDOW_MS } from '@/lib/content';

function renderUrl(article: ArticleTeaser): string {
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

/** Pure: the articles to list, newest first (tests feed it hostile input). */
export function renderNewsSitemap(articles: readonly ArticleTeaser[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...articles.map(renderUrl),
    '</urlset>',
    '',
  ].join('\n');
}

/** Both editions' stories published in the last 48 hours; one scheduled for later is not news yet. */
export async function buildNewsSitemap(): Promise<string> {
  return renderNewsSitemap(await listRecentNews());
}

export function newsSitemapResponse(): Promise<Response> {
  return xmlResponse(buildNewsSitemap, XML_TYPE);
}
