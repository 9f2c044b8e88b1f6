import { notFound } from 'next/navigation';
import { getSection, getSectionPage, getTagPage } from '@/lib/content';
import type { ArticleTeaser, Page, Section } from '@/lib/content/types';
import { decodeSegment, parsePageNumber, sectionPath, tagPath } from '@/lib/routes';
import type { Locale } from '@/lib/site';

/** `[page]` segment → page number; no segment is page 1; "1", "0", "x" or past the end are 404s. */
function pageNumber(segment: string | undefined): number {
  if (segment === undefined) return 1;
  return parsePageNumber(segment) ?? notFound();
}

/** Page 1 of a section may be empty (a new section); a later page must hold something. */
function ensureFilled(page: Page<ArticleTeaser>): Page<ArticleTeaser> {
  if (page.page > 1 && page.items.length === 0) notFound();
  return page;
}

export async function sectionListing(locale: Locale, slug: string, pageSegment?: string) {
  const section: Section = (await getSection(slug)) ?? notFound();
  const page = ensureFilled(await getSectionPage(locale, slug, pageNumber(pageSegment)));
  return { section, page, href: (n: number) => sectionPath(locale, slug, n) };
}

export async function tagListing(locale: Locale, tagSegment: string, pageSegment?: string) {
  const tag = decodeSegment(tagSegment) ?? notFound();
  const page = await getTagPage(locale, tag, pageNumber(pageSegment));
  // A tag exists only through its articles: one with none in this edition is not a page.
  if (page.items.length === 0) notFound();
  return { tag, page, href: (n: number) => tagPath(locale, tag, n) };
}
