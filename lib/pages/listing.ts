import { notFound } from 'next/navigation';
import { getSection, getSectionPage, getTagPage, getWriter, getWriterPage } from '@/lib/content';
import type { ArticleTeaser, Page, Section, Writer } from '@/lib/content/types';
import { decodeSegment, parsePageNumber, sectionPath, tagPath, writerPath } from '@/lib/routes';
import { locales, type Locale } from '@/lib/site';

/** `[page]` segment → page number; no segment is page 1; "1", "0", "x" or past the end are 404s. */
function pageNumber(segment: string | undefined): number {
  if (segment === undefined) return 1;
  return parsePageNumber(segment) ?? notFound();
}

/** A listing is a page of an edition only with stories in it (the proxy answers 404 first; this catches what slips past). */
function ensureFilled(page: Page<ArticleTeaser>): Page<ArticleTeaser> {
  if (page.items.length === 0) notFound();
  return page;
}

export async function sectionListing(locale: Locale, slug: string, pageSegment?: string) {
  const section: Section = (await getSection(slug)) ?? notFound();
  const page = ensureFilled(await getSectionPage(locale, slug, pageNumber(pageSegment)));
  return { section, page, href: (n: number) => sectionPath(locale, slug, n) };
}

export async function writerListing(locale: Locale, slug: string, pageSegment?: string) {
  const writer: Writer = (await getWriter(slug)) ?? notFound();
  const page = ensureFilled(await getWriterPage(locale, slug, pageNumber(pageSegment)));
  return { writer, page, href: (n: number) => writerPath(locale, slug, n) };
}

/** The editions in which a section or writer has stories: the only ones its page exists in (and links to). */
export async function editionsWith(read: (locale: Locale) => Promise<Page<ArticleTeaser>>): Promise<Locale[]> {
  const found = await Promise.all(locales.map(async (locale) => ((await read(locale)).items.length ? locale : undefined)));
  return found.filter((locale) => locale !== undefined);
}

export async function tagListing(locale: Locale, tagSegment: string, pageSegment?: string) {
  const tag = decodeSegment(tagSegment) ?? notFound();
  const page = await getTagPage(locale, tag, pageNumber(pageSegment));
  // A tag exists only through its articles: one with none in this edition is not a page.
  if (page.items.length === 0) notFound();
  return { tag, page, href: (n: number) => tagPath(locale, tag, n) };
}
