import type { SectionRef } from '@/lib/content/types';
import { rssPath } from '@/lib/routes';
import { absoluteUrl, type Locale } from '@/lib/site';
import { feedTitle } from './labels';

export interface FeedLink {
  url: string;
  title: string;
}

/** The shape of Metadata `alternates.types` for RSS: rendered as <link rel="alternate" type="application/rss+xml">. */
export type FeedAlternates = { 'application/rss+xml': FeedLink[] };

/**
 * Feeds a page advertises, for `alternates.types` in the Metadata API. A section page names its
 * own feed first and then the edition's, so a reader offered several picks the closest one.
 */
export async function feedAlternates(locale: Locale, section?: SectionRef): Promise<FeedAlternates> {
  const edition = { url: absoluteUrl(rssPath(locale)), title: await feedTitle(locale) };
  if (section === undefined) return { 'application/rss+xml': [edition] };
  const own = { url: absoluteUrl(rssPath(locale, section.slug)), title: await feedTitle(locale, section.name) };
  return { 'application/rss+xml': [own, edition] };
}
