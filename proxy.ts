import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { routing } from './i18n/routing';
import { ADMIN_LANGUAGE_COOKIE } from './lib/admin-language';
import { badRequestPage, methodNotAllowedPage, missingFileResponse, optionsResponse, permanentRedirect, redirectThisOnce } from './lib/bad-request';
import { pageState, respelledTag, type Moved, type PageState } from './lib/pages/exists';
import { isMissingPublicFile } from './lib/public-images';
import { isSignedSession } from './lib/publishing/session-token';
import { isHostilePath, isReadOnlyApi, localeOfPath, methodVerdict } from './lib/request-guard';
import {
  draftPagePath,
  firstPageAlias,
  gonePagePath,
  isFilePath,
  legacyArticleId,
  matchPage,
  missingPagePath,
  pagePath,
  parseSitemapFile,
  SECTION_SLUG,
  SITEMAP_FILES,
  sectionFeedOf,
  splitEdition,
  WRITER_SLUG,
  writerFeedOf,
  type PageRoute,
} from './lib/routes';
import { defaultLocale, type Locale } from './lib/locales';
import { getSection, getWriter } from './lib/content';
import { hasArticleFile } from './lib/feeds/sitemap';
import { NOT_FOUND_CACHE } from './lib/cache-control';
import { SEARCH_ROBOTS } from './lib/search/query';

const intl = createMiddleware(routing);

const ADMIN = /^\/admin(?:\/|$)/;
/** The cookie Next's draft mode sets (app/api/preview); Next itself checks its value when the page renders. */
const DRAFT_MODE_COOKIE = '__prerender_bypass';
/**
 * The newsroom's session (Payload's cookie, prefix "payload"). Draft mode outlives a logout: without
 * a session a story is shown as readers see it, cached; with one, the preview page asks the
 * newsroom's rules whether this person may see the latest version (lib/publishing/preview.ts).
 */
const SESSION_COOKIE = 'payload-token';

const A_YEAR_IN_SECONDS = 365 * 24 * 60 * 60;

/**
 * The admin speaks Arabic, right to left, by default, whatever language the editor's browser
 * announces (Payload would follow Accept-Language). A visit without the language cookie goes on with
 * the cookie added to the request, so this very page renders in Arabic, and the response sets it for
 * the admin's calls to /api after it. No redirect: one used to set the cookie and come back, which
 * cost a first visit a round trip and looped ("too many redirects") for a client that keeps no cookies.
 */
function adminInArabicByDefault(request: NextRequest): NextResponse {
  if (request.cookies.has(ADMIN_LANGUAGE_COOKIE)) return NextResponse.next();
  const headers = new Headers(request.headers);
  const cookies = headers.get('cookie');
  headers.set('cookie', `${cookies ? `${cookies}; ` : ''}${ADMIN_LANGUAGE_COOKIE}=ar`);
  const response = NextResponse.next({ request: { headers } });
  response.cookies.set(ADMIN_LANGUAGE_COOKIE, 'ar', { path: '/', maxAge: A_YEAR_IN_SECONDS, sameSite: 'lax' });
  return response;
}

/** The path as it came over the wire (before anything decodes it). */
function rawPathname(request: NextRequest): string {
  const url = request.url;
  const start = url.indexOf('/', url.indexOf('//') + 2);
  const end = url.search(/[?#]/);
  return url.slice(start, end === -1 ? undefined : end);
}

/**
 * Every request outside Next's hashed assets passes here first: the method and escape checks, then
 * files go on as they are, and pages are matched against the route table and asked of the content
 * whether they name something. Only then does next-intl route the page. A page that names nothing
 * gets the edition's prerendered not-found page with status 404 — never a render, never a cache
 * entry of its own, whatever the junk looks like.
 */
export default async function proxy(request: NextRequest) {
  const path = rawPathname(request);
  // The newsroom's admin is Payload's own application: its forms, its methods, its not-found page.
  if (ADMIN.test(path)) return adminInArabicByDefault(request);
  const verdict = methodVerdict(request.method, path);
  if (verdict === 'options') return optionsResponse();
  if (verdict === 'not-allowed') return methodNotAllowedPage(localeOfPath(path));
  if (path.length > 1 && path.endsWith('/')) return withoutTrailingSlash(request);
  if (isReadOnlyApi(path)) return NextResponse.next();
  if (isHostilePath(path)) return badRequestPage(localeOfPath(path));
  if (isMissingPublicFile(path)) return missingFileResponse();
  if (isFilePath(path)) return (await isMissingFeed(path)) ? missingFileResponse() : passFile(request);

  const legacy = legacyArticleId(path);
  if (legacy !== undefined) return legacyLink(request, legacy, path);

  const { locale, explicitDefault, segments } = splitEdition(path);
  // "/ar/…" is the Arabic page under its unprefixed URL, for good: a permanent redirect (next-intl's is temporary).
  if (explicitDefault) {
    const target = new URL(request.url);
    target.pathname = `/${segments.join('/')}`;
    return permanentRedirect(target.href);
  }
  const route = matchPage(segments);
  // An editor previewing a draft (Next's draft mode) sees it at its real URL, rendered per request.
  if (route?.kind === 'article' && request.cookies.has(DRAFT_MODE_COOKIE) && isSignedSession(request.cookies.get(SESSION_COOKIE)?.value, process.env.PAYLOAD_SECRET)) {
    return NextResponse.rewrite(new URL(draftPagePath(locale, route.id), request.url));
  }
  // `/section/economy/page/1` is no page, but the listing's first page under the path readers write for it.
  const asked = route ?? firstPageAlias(segments);
  const state = asked ? await stateOf(locale, asked, asked !== route, path) : 'missing';
  if (typeof state === 'object') return movedTo(request, pagePath(state.edition ?? locale, state.movedTo));
  if (state !== 'found') return notThere(request, locale, state);
  const response = intl(request);
  // A results page for every query anyone types: none belongs in a search engine, but its links do.
  if (route?.kind === 'search') response.headers.set('X-Robots-Tag', SEARCH_ROBOTS);
  return response;
}

/** How long the existence check may take: a slow database must not hold up pages that are cached anyway. */
const CHECK_TIMEOUT_MS = Number(process.env.PAGE_CHECK_TIMEOUT_MS || 400);

/**
 * What the content says of the page asked — or where it lives, when it was asked under another URL:
 * a listing's first page asked as `/page/1` (`alias`), a tag asked in other letter case, a story
 * asked in the other edition. The questions share one time budget.
 *
 * A content outage must not take pages down: when the content cannot answer (or not in time), the
 * page is let through — the cached copy is served, or the page answers for itself. An alias is no
 * page to let through, and a redirect (kept a day by CDNs) must never lead to a 404: unconfirmed,
 * it gets the not-found page, kept a minute. A missing tag whose other spelling is not found in
 * time stays missing.
 */
async function stateOf(locale: Locale, route: PageRoute, alias: boolean, path: string): Promise<PageState | Moved> {
  const deadline = Date.now() + CHECK_TIMEOUT_MS;
  const state = await inTime(pageState(locale, route), deadline, path);
  if (state === undefined) return alias ? 'missing' : 'found';
  if (typeof state === 'object') return state;
  if (state === 'found') return alias ? { movedTo: route } : state;
  // Only a tag page that would be a 404 asks for another spelling: pages that exist cost nothing more.
  const respelled = state === 'missing' && route.kind === 'tag' ? await inTime(respelledTag(locale, route), deadline, path) : undefined;
  return respelled ? { movedTo: respelled } : state;
}

/** The content's answer, or undefined (and a line in the log) when it fails or comes after `deadline`. */
async function inTime<T>(answer: Promise<T>, deadline: number, path: string): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), Math.max(0, deadline - Date.now()));
  });
  try {
    return await Promise.race([answer, late]);
  } catch (error) {
    console.error(`[proxy] could not check ${path}: ${(error as Error).message}`);
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A feed of a section or writer, or a sitemap file past the archive's last block, that does not
 * exist: refused here, so junk names never reach (and fill) the feed cache — and a missing sitemap
 * file is kept by a CDN a minute, not the fifteen next.config gives the sitemaps' path.
 */
async function isMissingFeed(path: string): Promise<boolean> {
  const sitemap = path.startsWith(`${SITEMAP_FILES}/`) ? parseSitemapFile(path.slice(SITEMAP_FILES.length + 1)) : undefined;
  // The database away: the file's route answers for itself.
  if (sitemap?.kind === 'articles') return !(await hasArticleFile(sitemap.locale, sitemap.n).catch(() => true));
  const feed = sectionFeedOf(path);
  if (feed) return !SECTION_SLUG.test(feed.section) || (await getSection(feed.section).catch(() => true)) === undefined;
  const writer = writerFeedOf(path);
  if (writer) return !WRITER_SLUG.test(writer.writer) || (await getWriter(writer.writer).catch(() => true)) === undefined;
  return false;
}

/**
 * A link with a trailing slash answers as the same link without it, in one hop (next.config.ts
 * leaves it to this): where that one is sent on — an old link, a story asked in the other edition —
 * this one goes straight there, and what names nothing is a 404 here as well; a page is its URL
 * without the slash. Next's own redirect (to the path without the slash, then on) took two.
 */
async function withoutTrailingSlash(request: NextRequest): Promise<Response> {
  const target = new URL(request.url);
  target.pathname = target.pathname.replace(/\/+$/, '') || '/';
  const answer = await proxy(new NextRequest(target, request));
  const passedOn = answer.headers.has('x-middleware-next') || (answer.status === 200 && answer.headers.has('x-middleware-rewrite'));
  return passedOn ? permanentRedirect(target.href) : answer;
}

/** A page that is not there: the edition's own page saying so, prerendered, cached a minute. */
function notThere(request: NextRequest, locale: Locale, state: 'missing' | 'gone') {
  // A story the newsroom took down is 410 Gone, so search engines and feed readers drop it; anything
  // else is the edition's full not-found page with status 404 (see app/[locale]/missing).
  const [page, status] = state === 'gone' ? [gonePagePath(locale), 410] : [missingPagePath(locale), 404];
  return NextResponse.rewrite(new URL(page, request.url), { status, headers: { 'Cache-Control': NOT_FOUND_CACHE } });
}

/**
 * Old alwafd.news links go to the article's one canonical URL (its own edition), in one hop — once
 * the content has confirmed the story: a permanent redirect, kept a day by CDNs, never leads to a 404.
 * A link to a story this site does not have is answered here, in Arabic. When the content cannot say
 * in time, the reader is sent on for this once (307, kept by no one) to the Arabic URL, whose page
 * answers for itself — from the cache, most often — as every page does in an outage.
 */
async function legacyLink(request: NextRequest, id: number, path: string) {
  const route: PageRoute = { kind: 'article', id };
  const state = await inTime(pageState(defaultLocale, route), Date.now() + CHECK_TIMEOUT_MS, path);
  if (state === undefined) return redirectThisOnce(linkTarget(request, pagePath(defaultLocale, route)).href);
  if (typeof state === 'object') return movedTo(request, pagePath(state.edition ?? defaultLocale, state.movedTo));
  return state === 'found' ? movedTo(request, pagePath(defaultLocale, route)) : notThere(request, defaultLocale, state);
}

/** The absolute URL of `pathname` on the request's own origin, with the link's campaign parameters (?utm_source=…). */
function linkTarget(request: NextRequest, pathname: string): URL {
  const target = new URL(pathname, request.url);
  target.search = request.nextUrl.search;
  return target;
}

/** A permanent redirect to `pathname` (from the route table), in one hop. */
function movedTo(request: NextRequest, pathname: string) {
  // Absolute on the request's own origin, which Next turns back into a relative Location: no Host header is echoed.
  return permanentRedirect(linkTarget(request, pathname).href);
}

/**
 * Next's static file server answers a Range it cannot satisfy ("bytes=5-2", "bytes=999999999-")
 * with a 500. Our files are small (images, icons, hashed assets) and nothing here streams media,
 * so Range is dropped and the whole file is sent — which HTTP allows a server to do.
 */
function passFile(request: NextRequest) {
  if (!request.headers.has('range')) return NextResponse.next();
  const headers = new Headers(request.headers);
  headers.delete('range');
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: [
    // Everything but Next's hashed assets and image optimizer (the bulk of requests, GET only, no
    // locale), the CMS's API and the admin: pages for the locale proxy, and feeds, cards and files
    // for the method and escape checks. /api/… and /admin stay out because Next would copy (up to
    // 10 MB of) every request body for the proxy — uploads included; the server layer and the CMS
    // answer there. Any other path with a percent-escape is checked, even under /_next. The bare
    // names (/api, /api/, /_vercel, /_next/static) come here: they name no page (lib/routes' FILE_ROUTES).
    '/((?!_next/static/.|_next/image|_vercel/.|api/.|admin(?:/|$)).*)',
    // Our read-only JSON, for its methods alone: Next caches a route's answer to whatever method
    // asked, so an OPTIONS that met the breaking news stale stored Next's 204 as the JSON, and every
    // reader's request failed (500) until the next revalidation. Only GET and HEAD reach it.
    // (lib/request-guard's READ_ONLY_API: a matcher must be written out here.)
    '/api/breaking-news/:path*',
    '/api/health',
    '/((?!api/.|admin(?:/|$)).*%.*)',
    // The admin only on a visit that has no language cookie yet (adminInArabicByDefault): the first
    // sets it, so the admin's uploads and server calls, which carry it, never pass here. The cookie's
    // name is written out, not ADMIN_LANGUAGE_COOKIE: Next reads the matcher without running the module.
    { source: '/admin/:path*', missing: [{ type: 'cookie', key: 'payload-lng' }] },
    // Hashed assets only when they are asked for in pieces (see passFile).
    { source: '/_next/static/:path*', has: [{ type: 'header', key: 'range' }] },
  ],
};
