import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { badRequestPage, methodNotAllowedPage, missingFileResponse, optionsResponse } from './lib/bad-request';
import { missingPage } from './lib/pages/exists';
import { isMissingPublicImage } from './lib/public-images';
import { isHostilePath, localeOfPath, methodVerdict } from './lib/request-guard';

const intl = createMiddleware(routing);

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
  const verdict = methodVerdict(request.method, path);
  if (verdict === 'options') return optionsResponse();
  if (verdict === 'not-allowed') return methodNotAllowedPage(localeOfPath(path));
  if (isHostilePath(path)) return badRequestPage(localeOfPath(path));
  if (isMissingPublicImage(path)) return missingFileResponse();
  if (NOT_A_PAGE.test(path)) return passFile(request);
  const missing = missingPage(path);
  if (missing) {
    // The edition's full not-found page, prerendered, with status 404 (see app/[locale]/missing).
    return NextResponse.rewrite(new URL(`/${missing}/missing`, request.url), { status: 404 });
  }
  return intl(request);
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
    // locale): pages for the locale proxy, and feeds, cards, files and the API for the method and
    // escape checks. Any path with a percent-escape is checked, even under /_next.
    '/((?!_next/static|_next/image|_vercel).*)',
    '/(.*%.*)',
    // Hashed assets only when they are asked for in pieces (see passFile).
    { source: '/_next/static/:path*', has: [{ type: 'header', key: 'range' }] },
  ],
};
