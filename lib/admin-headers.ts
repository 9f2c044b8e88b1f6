import type { HeaderRule } from './security-headers';

/**
 * The newsroom's admin (/admin) and the CMS's API (/api): never indexed, and under a policy of
 * their own. Payload's admin is a client application that needs inline scripts and styles, data:
 * and blob: previews of uploads and the media store's pictures; it is still confined to this
 * origin for scripts, connections, frames and forms. Readers' pages keep their stricter policy.
 */
export const ADMIN_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

export const NO_INDEX = { key: 'X-Robots-Tag', value: 'noindex, nofollow' };

/** The newsroom's side of the site: the admin and the CMS's API. */
export function isNewsroomPath(pathname: string): boolean {
  return /^\/(?:admin|api)(?:\/|$)/.test(pathname);
}

export function adminHeaderRules(): HeaderRule[] {
  return [
    {
      source: '/admin/:path*',
      headers: [
        { key: 'Content-Security-Policy', value: ADMIN_CONTENT_SECURITY_POLICY },
        // The admin frames its own live preview: same origin only.
        { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
        NO_INDEX,
        // Payload reads the editor's colour scheme from a client hint — on the admin only, so reader pages never Vary on it.
        { key: 'Accept-CH', value: 'Sec-CH-Prefers-Color-Scheme' },
        { key: 'Vary', value: 'Sec-CH-Prefers-Color-Scheme' },
        { key: 'Critical-CH', value: 'Sec-CH-Prefers-Color-Scheme' },
      ],
    },
    { source: '/api/:path*', headers: [NO_INDEX] },
  ];
}
