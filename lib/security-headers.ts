import { METADATA_FILE_CACHE, METADATA_FILE_PATHS, PUBLIC_FILE_CACHE, PUBLIC_FILE_PATHS } from './cache-control';

/**
 * The security headers of every response, in one place: next.config.ts applies them to everything
 * Next answers (pages, feeds, cards, API, static files, 404s), the proxy to the few answers it
 * writes itself (400, 405, missing images), and the server layer (lib/server) to whatever still
 * lacks them and to its own answers. Imports only lib/cache-control: next.config.ts loads it.
 *
 * Scripts: the server layer replaces next.config's policy on each HTML page with one that allows
 * that page's inline scripts by hash; where it does not run (Vercel), next.config's fallback
 * allows inline scripts. See README, "Security".
 */

export interface Header {
  key: string;
  value: string;
}

export interface SecurityOptions {
  /** `next dev`: React's debugging needs eval, and the dev server is plain http. */
  dev?: boolean;
}

export interface PolicyOptions extends SecurityOptions {
  /**
   * The page's inline scripts as CSP sources ("'sha256-…'"): given, they are the only inline
   * scripts allowed; absent, any inline script is (the fallback header, fixed at build).
   */
  scriptHashes?: readonly string[];
}

export function contentSecurityPolicy({ dev = false, scriptHashes }: PolicyOptions = {}): string {
  // App Router pages carry their data as inline <script>self.__next_f.push(…)</script>. They are
  // generated ahead and cached (ISR), so a per-request nonce is impossible; their hashes change with
  // every regeneration, so only a server that sees each page as it leaves can list them.
  const inline = scriptHashes ? [...scriptHashes] : ["'unsafe-inline'"];
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...inline, ...(dev ? ["'unsafe-eval'"] : [])],
    // next/image writes style="color:transparent"; the proxy's own 400/405 pages carry a <style>.
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'"],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['manifest-src', "'self'"],
    ['media-src', "'none'"],
    ['object-src', "'none'"],
    ['frame-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  const policy = directives.map((d) => d.join(' '));
  // Browsers leave localhost alone, so local production runs (e2e, Lighthouse) still load over http.
  if (!dev) policy.push('upgrade-insecure-requests');
  return policy.join('; ');
}

/** Two years, subdomains too, and eligible for the browsers' preload list. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains; preload';

/**
 * Powerful features nobody on a news site needs are switched off for the page and anything it
 * embeds. The share bar copies the link and opens the phone's share sheet: clipboard-write stays on
 * for our own origin. web-share is not named — its default is already our own origin only, and
 * desktop Chromium logs "Unrecognized feature: 'web-share'" on every page that names it (as it does
 * for `bluetooth`); __tests__/integration/csp-in-browser.test.ts watches for such messages.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'browsing-topics=()',
  'camera=()',
  'clipboard-read=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'interest-cohort=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
  'clipboard-write=(self)',
].join(', ');

export function securityHeaders(options: SecurityOptions = {}): Header[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
    { key: 'Strict-Transport-Security', value: STRICT_TRANSPORT_SECURITY },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { key: 'Cross-Origin-Resource-Policy', value: 'same-site' },
  ];
}

/**
 * Files other sites must be able to load: social cards and article images (shipped or uploaded) are fetched by
 * WhatsApp, Facebook, X and feed readers, and shown by aggregators on their own pages.
 * Next.js path patterns (next.config.ts `headers()` sources).
 */
export const CROSS_ORIGIN_PATHS = ['/cards/:path*', '/images/:path*', '/api/media/file/:path*', '/icons/:path*', '/_next/image', '/apple-icon.png', '/icon.svg'];

export const CROSS_ORIGIN_RESOURCE: Header = { key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' };

/** Whether a path is one of CROSS_ORIGIN_PATHS ("/x/:path*" covers /x and everything under it). */
export function isCrossOriginPath(pathname: string): boolean {
  return CROSS_ORIGIN_PATHS.some((pattern) => {
    const prefix = pattern.replace(/\/:path\*$/, '');
    return pattern.endsWith('/:path*') ? pathname === prefix || pathname.startsWith(`${prefix}/`) : pathname === pattern;
  });
}

/** The same headers as a plain object, for responses built by hand (the proxy's). */
export function securityHeaderObject(options: SecurityOptions = {}): Record<string, string> {
  return Object.fromEntries(securityHeaders(options).map(({ key, value }) => [key, value]));
}

export interface HeaderRule {
  source: string;
  headers: Header[];
}

/**
 * next.config.ts `headers()`: everything gets the security headers; where rules overlap, the later
 * one wins, so files other sites embed are opened cross-origin and public files get their lifetime.
 */
export function headerRules(options: SecurityOptions = {}): HeaderRule[] {
  return [
    { source: '/:path*', headers: securityHeaders(options) },
    ...CROSS_ORIGIN_PATHS.map((source) => ({ source, headers: [CROSS_ORIGIN_RESOURCE] })),
    ...PUBLIC_FILE_PATHS.map((source) => ({ source, headers: [{ key: 'Cache-Control', value: PUBLIC_FILE_CACHE }] })),
    ...METADATA_FILE_PATHS.map((source) => ({ source, headers: [{ key: 'Cache-Control', value: METADATA_FILE_CACHE }] })),
  ];
}
