import { getSection, getSectionPage, getSections, getWriter, getWriterPage, listLatest } from '@/lib/content';
import type { ArticleImage, ArticleTeaser, Section } from '@/lib/content/types';
import { articlePath, feedPagePath, rssPath, writerPath, writerRssPath } from '@/lib/routes';
import { absoluteUrl, type Locale } from '@/lib/site';
import { newest, rfc822 } from './dates';
import { rightToLeftLine } from '@/lib/text';
import { feedLabels, writerFeedLabels } from './labels';
import { imageType } from './image-type';
import { RSS_TYPE, xmlResponse } from './response';
import { element, escapeXml } from './xml';

/**
 * RSS 2.0 for each edition (`/rss.xml`, `/en/rss.xml`), each section
 * (`/section/{id}/rss.xml`, `/en/section/{id}/rss.xml`) and each columnist
 * (`/writer/{slug}/rss.xml`, `/en/writer/{slug}/rss.xml`). The route files under app/ only
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
  /** lastBuildDate of a feed with no items. */
  now: Date;
}

const attr = (name: string, value: string | number) => `${name}="${escapeXml(String(value))}"`;

/** The hero as an enclosure; RSS requires its byte length, so a picture the store has not measured is left out. */
function enclosure(image: ArticleImage | undefined): string {
  const type = image && (image.type ?? imageType(image.src));
  if (!image || image.bytes === undefined || !type) return '';
  return `<enclosure ${attr('url', absoluteUrl(image.src))} ${attr('length', image.bytes)} ${attr('type', type)}/>`;
}

function renderItem(article: ArticleTeaser): string {
  const url = absoluteUrl(articlePath(article));
  const signer = article.writer?.name ?? article.reporter;
  return [
    '<item>',
    element('title', rightToLeftLine(article.title, article.locale)),
    element('link', url),
    `<guid isPermaLink="true">${escapeXml(url)}</guid>`,
    element('pubDate', rfc822(article.publishedAt)),
    element('category', article.section.name),
    // A column is its writer's, a report its reporter's: feed readers show the name as the page and its
    // JSON-LD do. A desk's story names no creator (a desk is not a person).
    signer ? element('dc:creator', signer) : '',
    element('description', rightToLeftLine(article.summary, article.locale)),
    enclosure(article.image),
    '</item>',
  ].join('');
}

export function renderRss(channel: RssChannel, articles: readonly ArticleTeaser[], options: RssOptions): string {
  // The channel changed when its newest item did; a stable value keeps the feed byte-identical between rebuilds.
  const lastBuild = newest(articles.map((a) => a.updatedAt)) ?? options.now.toISOString();
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    element('title', channel.title),
    element('link', channel.link),
    element('description', channel.description),
    element('language', channel.language),
    element('lastBuildDate', rfc822(lastBuild)),
    `<atom:link ${attr('href', channel.self)} rel="self" type="application/rss+xml"/>`,
    ...articles.map(renderItem),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** The feed of an edition, or of one of its sections; undefined for a section the site doesn't have. */
export async function rssFeed(locale: Locale, slug?: string, now = new Date()): Promise<string | undefined> {
  let section: Section | undefined;
  if (slug !== undefined) {
    section = await getSection(slug);
    if (!section) return undefined;
  }
  const articles = section === undefined ? await listLatest(locale, RSS_LIMIT) : (await getSectionPage(locale, section.slug, 1, RSS_LIMIT)).items;
  const { title, description } = await feedLabels(locale, section);
  const channel: RssChannel = {
    title,
    description,
    language: locale,
    link: absoluteUrl(feedPagePath(locale, slug)),
    self: absoluteUrl(rssPath(locale, slug)),
  };
  return renderRss(channel, articles, { now });
}

export function rssResponse(locale: Locale, slug?: string): Promise<Response> {
  return xmlResponse(() => rssFeed(locale, slug), RSS_TYPE);
}

/** A columnist's pieces in an edition; undefined for a writer the site doesn't have. */
export async function writerRssFeed(locale: Locale, slug: string, now = new Date()): Promise<string | undefined> {
  const writer = await getWriter(slug);
  if (!writer) return undefined;
  const { items } = await getWriterPage(locale, slug, 1, RSS_LIMIT);
  const { title, description } = await writerFeedLabels(locale, writer.name[locale]);
  const channel: RssChannel = {
    title,
    description,
    language: locale,
    link: absoluteUrl(writerPath(locale, slug)),
    self: absoluteUrl(writerRssPath(locale, slug)),
  };
  return renderRss(channel, items, { now });
}

type WriterContext = { params: Promise<{ writer: string }> };

/** GET for `…/writer/[writer]/rss.xml`. */
export function writerRssHandler(locale: Locale) {
  return async (_request: Request, { params }: WriterContext) => {
    const { writer } = await params;
    return xmlResponse(() => writerRssFeed(locale, writer), RSS_TYPE);
  };
}

type SectionContext = { params: Promise<{ section: string }> };

/** GET for `…/section/[section]/rss.xml`: the route files are one line each. */
export function sectionRssHandler(locale: Locale) {
  return async (_request: Request, { params }: SectionContext) => rssResponse(locale, (await params).section);
}

/** Every section's feed is prerendered at build; sections added later render on first request. */
export async function sectionFeedParams(): Promise<{ section: string }[]> {
  return (await getSections()).map((section) => ({ section: section.slug }));
}
