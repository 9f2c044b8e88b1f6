import { notFound } from 'next/navigation';
import { listBySection, listByTag } from '@/lib/content/repository';
import type { Article, Page } from '@/lib/content/types';
import { decodeSegment, parsePageNumber, sectionPath, tagPath } from '@/lib/routes';
import { site, type Locale } from '@/lib/site';

export const LISTING_PAGE_SIZE = 20;

/** `[page]` segment → page number; no segment is page 1; "1", "0", "x" or past the end are 404s. */
function pageNumber(segment: string | undefined): number {
  if (segment === undefined) return 1;
  return parsePageNumber(segment) ?? notFound();
}

function ensureInRange(page: Page<Article>): Page<Article> {
  if (page.page > page.totalPages) notFound();
  return page;
}

export function sectionListing(locale: Locale, section: string, pageSegment?: string) {
  if (!site.sections.includes(section)) notFound();
  const page = ensureInRange(listBySection(locale, section, pageNumber(pageSegment), LISTING_PAGE_SIZE));
  return { section, page, href: (n: number) => sectionPath(locale, section, n) };
}

export function tagListing(locale: Locale, tagSegment: string, pageSegment?: string) {
  const tag = decodeSegment(tagSegment);
  if (!tag) notFound();
  const page = ensureInRange(listByTag(locale, tag, pageNumber(pageSegment), LISTING_PAGE_SIZE));
  // A tag exists only through its articles: one with none in this edition is not a page.
  if (page.total === 0) notFound();
  return { tag, page, href: (n: number) => tagPath(locale, tag, n) };
}
