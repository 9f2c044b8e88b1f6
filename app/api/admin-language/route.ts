import { NO_STORE } from '@/lib/cache-control';

/**
 * The admin speaks Arabic, right to left, by default, whatever language the editor's browser
 * announces: a first visit to /admin without a language chosen comes here (next.config's
 * redirects), gets Payload's language cookie set to Arabic, and goes back. English stays one click
 * away in the admin's account settings, which set the same cookie.
 */
const ADMIN_LANGUAGE_COOKIE = 'payload-lng';

export function GET(request: Request): Response {
  const to = new URL(request.url).searchParams.get('to') ?? '/admin';
  // Only back into the admin: never an open redirect.
  const target = /^\/admin(?:[/?#]|$)/.test(to) ? to : '/admin';
  return new Response(null, {
    status: 307,
    headers: {
      Location: target,
      'Cache-Control': NO_STORE,
      'Set-Cookie': `${ADMIN_LANGUAGE_COOKIE}=ar; Path=/; Max-Age=31536000; SameSite=Lax`,
    },
  });
}
