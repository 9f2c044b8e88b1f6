import { getArticleStatus, getSection, getSectionPage, getTagPage } from '@/lib/content';
import type { PageRoute } from '@/lib/routes';
import type { Locale } from '@/lib/locales';

export type PageState = 'found' | 'missing' | 'gone';

/**
 * Whether a page the route table matched names something the site has: one cheap question to
 * the content per request. The proxy answers 'missing' with the edition's full not-found page
 * and status 404 before anything renders or is cached (Next 16.4 sends a notFound() thrown by a
 * page as an empty shell, and would cache one per junk URL); pages still call notFound() for
 * anything that slips past.
 */
export async function pageState(locale: Locale, route: PageRoute): Promise<PageState> {
  switch (route.kind) {
    case 'home':
    case 'control':
    // The search page always exists; what it was asked is for the page to judge (lib/search/query).
    case 'search':
      return 'found';
    case 'article': {
      const status = await getArticleStatus(route.id);
      return status === 'published' ? 'found' : status === 'withdrawn' ? 'gone' : 'missing';
    }
    case 'section': {
      if (!(await getSection(route.section))) return 'missing';
      if (route.page === 1) return 'found';
      return (await getSectionPage(locale, route.section, route.page)).items.length ? 'found' : 'missing';
    }
    case 'tag':
      return (await getTagPage(locale, route.tag, route.page)).items.length ? 'found' : 'missing';
  }
}
