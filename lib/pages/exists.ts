import { getArticleStatus, getSection, getSectionPage, getTagPage, getWriterPage } from '@/lib/content';
import type { PageRoute } from '@/lib/routes';
import type { Locale } from '@/lib/locales';
import { foundMemo } from './found-memo';

export type PageState = 'found' | 'missing' | 'gone';

/**
 * Whether a page the route table matched names something the site has: one cheap question to
 * the content per request. The proxy answers 'missing' with the edition's full not-found page
 * and status 404 before anything renders or is cached (Next 16.4 sends a notFound() thrown by a
 * page as an empty shell, and would cache one per junk URL); pages still call notFound() for
 * anything that slips past.
 */
/** Listing pages found recently: 30 s, at most 5,000 (a few hundred KB). */
const listingsFound = foundMemo({ capacity: 5_000, ttlMs: 30_000 });

export async function pageState(locale: Locale, route: PageRoute): Promise<PageState> {
  if (route.kind !== 'section' && route.kind !== 'tag' && route.kind !== 'writer') return itemState(route);
  const key = JSON.stringify([locale, route]);
  if (listingsFound.has(key)) return 'found';
  const state = await listingState(locale, route);
  if (state === 'found') listingsFound.add(key);
  return state;
}

async function itemState(route: Exclude<PageRoute, { kind: 'section' | 'tag' | 'writer' }>): Promise<PageState> {
  switch (route.kind) {
    case 'home':
    case 'masthead':
    case 'control':
    // The search page always exists; what it was asked is for the page to judge (lib/search/query).
    case 'search':
      return 'found';
    case 'article': {
      const status = await getArticleStatus(route.id);
      return status === 'published' ? 'found' : status === 'withdrawn' ? 'gone' : 'missing';
    }
  }
}

async function listingState(locale: Locale, route: Extract<PageRoute, { kind: 'section' | 'tag' | 'writer' }>): Promise<PageState> {
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
