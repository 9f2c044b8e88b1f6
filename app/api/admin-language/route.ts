import { NO_STORE } from '@/lib/cache-control';
import { refuseMethodsBut } from '@/lib/route-methods';

/**
 * The admin speaks Arabic, right to left, by default, whatever language the editor's browser
 * announces: a first visit to /admin without a language chosen comes here (next.config's
 * redirects), gets Payload's language cookie set to Arabic, and goes back. English stays one click
 * away in the admin's account settings, which set the same cookie.
 */
const ADMIN_LANGUAGE_COOKIE = 'payload-lng';

export function GET(request: Request): Response {
  const url = new URL(request.url);
  // Only back into the admin: never an open redirect. Judged after URL has resolved the path:
  // "/admin/..//evil.example" resolves to "//evil.example", another site.
  const asked = new URL(url.searchParams.get('to') ?? '/admin', url.origin);
  const target = asked.origin === url.origin && /^\/admin(?:\/|$)/.test(asked.pathname) ? asked : new URL('/admin', url.origin);
  // Next's redirect moved the admin page's own query (a list's filters, its page) onto this URL's.
  for (const [key, value] of url.searchParams) if (key !== 'to') target.searchParams.append(key, value);
  return new Response(null, {
    status: 307,
    headers: {
      // Serialised by URL, so percent-encoded: an Arabic path written raw into the header threw (500).
      Location: `${target.pathname}${target.search}`,
      'Cache-Control': NO_STORE,
      'Set-Cookie': `${ADMIN_LANGUAGE_COOKIE}=ar; Path=/; Max-Age=31536000; SameSite=Lax`,
    },
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = refuseMethodsBut('GET');
