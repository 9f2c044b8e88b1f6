import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

export default createMiddleware(routing);

export const config = {
  // Pages only: API routes, Next's assets, Vercel internals and files (anything with a dot) pass straight through.
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
