import { MEDIA_URL_PREFIX } from './media/url';
import type { HeaderRule } from './security-headers';

/**
 * The newsroom's admin (/admin) and the CMS's API (/api): never indexed, and under a policy of
 * their own. Payload's admin is a client application that needs inline scripts and styles, data:
 * and blob: previews of uploads and the media store's pictures; it is still confined to this
 * origin for scripts, connections, frames and forms. Readers' pages keep their stricter policy.
 */
export function adminContentSecurityPolicy(env: NodeJS.ProcessEnv = process.env): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    `connect-src 'self'${blobUploadSource(env)}`,
    "object-src 'none'",
    "frame-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

/**
 * With Vercel Blob as the media store (payload.config.ts, `clientUploads`), the editor's browser
 * sends a picture straight to the store's API, not through this origin: that one address is
 * allowed, nothing else of vercel.com. Without the store, uploads go to this origin only.
 */
function blobUploadSource(env: NodeJS.ProcessEnv): string {
  if (!env.BLOB_READ_WRITE_TOKEN) return '';
  // Where @vercel/blob sends it from the browser: its default, or the one variable its browser bundle
  // can read (VERCEL_BLOB_API_URL is the server's alone).
  const api = env.NEXT_PUBLIC_VERCEL_BLOB_API_URL || 'https://vercel.com/api/blob';
  return ` ${api.replace(/\/?$/, '/')}`;
}

export const NO_INDEX = { key: 'X-Robots-Tag', value: 'noindex, nofollow' };

/**
 * The newsroom's side of the site: the admin and the CMS's API — but not the uploaded pictures
 * served under it (/api/media/file/…), which readers' pages, the sitemaps' image entries, feed
 * enclosures and other sites show: those are indexed and embeddable like /images.
 */
export function isNewsroomPath(pathname: string): boolean {
  return /^\/(?:admin|api)(?:\/|$)/.test(pathname) && !pathname.startsWith(MEDIA_URL_PREFIX);
}

export function adminHeaderRules(): HeaderRule[] {
  return [
    {
      source: '/admin/:path*',
      headers: [
        { key: 'Content-Security-Policy', value: adminContentSecurityPolicy() },
        // The admin frames its own live preview: same origin only.
        { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
        NO_INDEX,
        // Payload reads the editor's colour scheme from a client hint — on the admin only, so reader pages never Vary on it.
        { key: 'Accept-CH', value: 'Sec-CH-Prefers-Color-Scheme' },
        { key: 'Vary', value: 'Sec-CH-Prefers-Color-Scheme' },
        { key: 'Critical-CH', value: 'Sec-CH-Prefers-Color-Scheme' },
      ],
    },
    // Everything under /api but the uploaded pictures (isNewsroomPath).
    { source: '/api/:path((?!media/file/).*)', headers: [NO_INDEX] },
  ];
}
