import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { badRequestPage } from './lib/bad-request';
import { defaultLocale, isLocale } from './lib/locales';

const intl = createMiddleware(routing);

/** Every percent-escape must decode: Next answers a malformed one ("/tag/%", "%E0%A4%A") with a 500. */
function hasMalformedEscapes(rawPath: string): boolean {
  try {
    for (const segment of rawPath.split('/')) decodeURIComponent(segment);
    return false;
  } catch {
    return true;
  }
}

/** The path as it came over the wire (before anything decodes it). */
function rawPathname(request: NextRequest): string {
  const url = request.url;
  const start = url.indexOf('/', url.indexOf('//') + 2);
  const end = url.search(/[?#]/);
  return url.slice(start, end === -1 ? undefined : end);
}

/** Files (feeds, cards, icons) and APIs are not localized pages: the locale proxy leaves them alone. */
const NOT_A_PAGE = /^\/(?:api|_next|_vercel)(?:\/|$)|\.[^/]*$/;

export default function proxy(request: NextRequest) {
  const path = rawPathname(request);
  if (hasMalformedEscapes(path)) {
    const first = path.split('/')[1];
    return badRequestPage(isLocale(first) ? first : defaultLocale);
  }
  if (NOT_A_PAGE.test(path)) return NextResponse.next();
  return intl(request);
}

export const config = {
  matcher: [
    // Pages: API routes, Next's assets, Vercel internals and files (anything with a dot) pass straight through…
    '/((?!api|_next|_vercel|.*\\..*).*)',
    // …except that any path with a percent-escape is checked, files included ("/section/%ZZ/rss.xml").
    '/(.*%.*)',
  ],
};
