import { getArticleStatus, getSection, getSectionPage, getTagPage, getTagSpelling, getWriterPage } from '@/lib/content';
import { hasLetterCase } from '@/lib/content/tag-name';
import type { ListingRoute, PageRoute } from '@/lib/routes';
import type { Locale } from '@/lib/locales';
import { foundMemo } from './found-memo';

export type PageState = 'found' | 'missing' | 'gone';

/** A page that lives at another URL than the one asked (a story asked in the other edition): where, for a permanent redirect. */
export type Moved = { movedTo: PageRoute; edition?: Locale };

/**
 * Whether a page the route table matched names something the site has: one cheap question to
 * the content per request. The proxy answers 'missing' with the edition's full not-found page
 * and status 404 before anything renders or is cached (Next 16.4 sends a notFound() thrown by a
 * page as an empty shell, and would cache one per junk URL); pages still call notFound() for
 * anything that slips past.
 */
/** Listing pages found recently: 30 s, at most 5,000 (a few hundred KB). */
const listingsFound = foundMemo({ capacity: 5_000, ttlMs: 30_000 });

export async function pageState(locale: Locale, route: PageRoute): Promise<PageState | Moved> {
  if (route.kind !== 'section' && route.kind !== 'tag' && route.kind !== 'writer') return itemState(locale, route);
  const key = JSON.stringify([locale, route]);
  if (listingsFound.has(key)) return 'found';
  const state = await listingState(locale, route);
  if (state === 'found') listingsFound.add(key);
  return state;
}

async function itemState(locale: Locale, route: Exclude<PageRoute, { kind: 'section' | 'tag' | 'writer' }>): Promise<PageState | Moved> {
  switch (route.kind) {
    case 'home':
    case 'masthead':
    case 'control':
    // The search page always exists; what it was asked is for the page to judge (lib/search/query).
    case 'search':
      return 'found';
    case 'article': {
      const status = await getArticleStatus(route.id);
      // A story lives in its own edition: asked in the other (`/en/news/{an Arabic story}`), it has moved there.
      if (status.state === 'published') return status.edition === locale ? 'found' : { movedTo: route, edition: status.edition };
      return status.state === 'withdrawn' ? 'gone' : 'missing';
    }
  }
}

async function listingState(locale: Locale, route: ListingRoute): Promise<PageState> {
  switch (route.kind) {
    // A section, tag or writer is a page of an edition when it has stories there: an edition shows
    // only sections with stories in it, so an empty one is not linked, and not a page either.
    case 'section': {
      if (!(await getSection(route.section))) return 'missing';
      return (await getSectionPage(locale, route.section, route.page)).items.length ? 'found' : 'missing';
    }
    case 'tag':
      return (await getTagPage(locale, route.tag, route.page)).items.length ? 'found' : 'missing';
    case 'writer':
      return (await getWriterPage(locale, route.writer, route.page)).items.length ? 'found' : 'missing';
  }
}

/**
 * Where a tag page that does not exist lives when it was asked in other letter case
 * (`/en/tag/spacex` → `SpaceX`): the same page of the edition's one spelling of the tag, if that
 * page exists — a redirect must not lead to a 404. Asked only once the page asked is missing, so
 * pages that exist cost nothing more; a tag with no letter that has case (an Arabic one) has no
 * other spelling, and costs no query.
 */
export async function respelledTag(locale: Locale, route: Extract<PageRoute, { kind: 'tag' }>): Promise<PageRoute | undefined> {
  if (!hasLetterCase(route.tag)) return undefined;
  const spelling = await getTagSpelling(locale, route.tag);
  if (spelling === undefined || spelling === route.tag.normalize('NFC')) return undefined;
  const respelled = { ...route, tag: spelling };
  return (await pageState(locale, respelled)) === 'found' ? respelled : undefined;
}
