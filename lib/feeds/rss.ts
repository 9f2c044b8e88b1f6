import { listBySection, listLatest } from '@/lib/content/repository';
import type { Article } from '@/lib/content/types';
import { articlePath } from '@/lib/routes';
import { absoluteUrl, site, type Locale } from '@/lib/site';
import { newest, rfc822 } from './dates';
import { feedLabels } from './labels';
import { feedPagePath, rssPath } from './paths';
import { publicImageSize } from './image-size';
import { imageType } from './image-type';
import { RSS_TYPE, xmlResponse } from './response';
import { element, escapeXml } from './xml';

/**
 * RSS 2.0 for each edition (`/rss.xml`, `/en/rss.xml`) and each section
 * (`/section/{id}/rss.xml`, `/en/section/{id}/rss.xml`). The route files under app/ only
 * delegate here. `renderRss` is pure (tests feed it hostile input); `rssFeed` gathers the data.
 */

export const RSS_LIMIT = 50;

export interface RssChannel {
  title: string;
  description: string;
  language: Locale;
  /** Absolute URL of the page the feed mirrors. */
  link: string;
  /** Absolute URL of the feed itself (atom:link rel=self). */
  self: string;
}

export interface RssOptions {
  sectionName: (section: string) => string;
  /** Byte length of a public/ file; undefined leaves the enclosure out (its length is required). */
  fileSize: (src: string) => number | undefined;
  /** lastBuildDate of a feed with no items. */
  now: Date;
}

const attr = (name: string, value: string | number) => `${name}="${escapeXml(String(value))}"`;

function renderItem(article: Article, { sectionName, fileSize }: RssOptions): string {
  const url = absoluteUrl(articlePath(article));
  const length = fileSize(article.image.src);
  const type = imageType(article.image.src);
  const enclosure =
    length !== undefined && type
      ? `<enclosure ${attr('url', absoluteUrl(article.image.src))} ${attr('length', length)} ${attr('type', type)}/>`
      : '';
  return [
    '<item>',
    element('title', article.title),
    element('link', url),
    `<guid isPermaLink="true">${escapeXml(url)}</guid>`,
    element('pubDate', rfc822(article.publishedAt)),
    element('category', sectionName(article.section)),
    element('description', article.summary),
    enclosure,
    '</item>',
  ].join('');
}

export function renderRss(channel: RssChannel, articles: readonly Article[], options: RssOptions): string {
  // The channel changed when its newest item did; a stable value keeps the feed byte-identical between rebuilds.
  const lastBuild = newest(articles.map((a) => a.updatedAt)) ?? options.now.toISOString();
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    element('title', channel.title),
    element('link', channel.link),
    element('description', channel.description),
    element('language', channel.language),
    element('lastBuildDate', rfc822(lastBuild)),
    `<atom:link ${attr('href', channel.self)} rel="self" type="application/rss+xml"/>`,
    ...articles.map((article) => renderItem(article, options)),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** The feed of an edition, or of one of its sections; undefined for a section the site doesn't have. */
export async function rssFeed(locale: Locale, section?: string, now = new Date()): Promise<string | undefined> {
  if (section !== undefined && !site.sections.includes(section)) return undefined;
  const articles = section === undefined ? listLatest(locale, RSS_LIMIT) : listBySection(locale, section, 1, RSS_LIMIT).items;
  const { title, description, sectionName } = await feedLabels(locale, section);
  const channel: RssChannel = {
    title,
    description,
    language: locale,
    link: absoluteUrl(feedPagePath(locale, section)),
    self: absoluteUrl(rssPath(locale, section)),
  };
  return renderRss(channel, articles, { sectionName, fileSize: publicImageSize, now });
}

export function rssResponse(locale: Locale, section?: string): Promise<Response> {
  return xmlResponse(() => rssFeed(locale, section), RSS_TYPE);
}

type SectionContext = { params: Promise<{ section: string }> };

/** GET for `…/section/[section]/rss.xml`: the route files are one line each. */
export function sectionRssHandler(locale: Locale) {
  return async (_request: Request, { params }: SectionContext) => rssResponse(locale, (await params).section);
}

/** Every section's feed is prerendered at build; see the route files' dynamicParams. */
export function sectionFeedParams(): { section: string }[] {
  return site.sections.map((section) => ({ section }));
}
