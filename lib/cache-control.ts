/**
 * Cache lifetimes the site sets itself. Pages, feeds and sitemaps get theirs from ISR
 * (`revalidate = 300` → `s-maxage=300, stale-while-revalidate=…`), hashed assets under
 * /_next/static from Next (`immutable`), social cards from their route (CARD_CACHE).
 */
import { locales } from './locales';
import { manifestPath, ROBOTS_PATH, SITEMAP_FILES, SITEMAP_PATH } from './routes';

/**
 * Article images in public/images: not content-hashed, so long but not forever — a month in
 * browsers and CDNs. To change a picture, give the new file a new name (see README). A missing
 * image is answered by the proxy with MISSING_FILE_CACHE instead (lib/public-images).
 */
export const PUBLIC_FILE_CACHE = 'public, max-age=2592000, stale-while-revalidate=86400';
export const PUBLIC_FILE_PATHS = ['/images/:path*'];

/**
 * An uploaded picture's file (/api/media/file/…), as feeds link it (the RSS enclosures) and the image
 * optimizer fetches it. Its name is the upload's, not its content's: a name freed by a deleted picture
 * can be given to the next upload of the same name. So an hour in browsers and a day at a CDN — the
 * time a deleted picture may still be served there — not a year.
 */
export const MEDIA_FILE_CACHE = 'public, max-age=3600, s-maxage=86400';

/**
 * Next answers its metadata routes (the sitemaps, /robots.txt, the manifest) with max-age=0 even
 * when they revalidate like the pages: the CDN may keep them as long as the feeds.
 */
export const METADATA_FILE_CACHE = 'public, max-age=0, s-maxage=300, stale-while-revalidate=600';
export const METADATA_FILE_PATHS = [SITEMAP_PATH, `${SITEMAP_FILES}/:file`, ROBOTS_PATH, ...locales.map(manifestPath)];

/**
 * A page URL that names nothing (the proxy's rewrite to the edition's not-found page): a CDN may
 * keep the answer for a minute — the URL may name a story published a minute later — and never
 * serves it stale. (The page's own ISR lifetime would have said s-maxage=300 plus a year of
 * stale-while-revalidate.)
 */
export const NOT_FOUND_CACHE = 'public, max-age=0, s-maxage=60';

/**
 * A social card: its URL changes whenever what it draws does (lib/social-card), so a browser keeps it
 * for good. A CDN asks again after a day — not for a changed picture, but for a story taken down
 * (a court's order, a retraction): the route then answers 404 and the card's headline stops being
 * served within a day, where a year's s-maxage kept it at the CDN for a year. (Our server layer caps
 * every s-maxage at Cairo's midnight anyway, lib/server/response-headers.ts; on Vercel nothing does.)
 */
export const CARD_CACHE = 'public, max-age=31536000, s-maxage=86400, immutable';

/** A file that is not there (yet): the editor may upload it in a minute. */
export const MISSING_FILE_CACHE = 'public, max-age=60';

/** The proxy's own error pages: the same URL always gets the same answer, so a CDN may keep it briefly. */
export const ERROR_PAGE_CACHE = 'public, max-age=300';

/** A permanent move of an old URL: the target never changes. */
export const REDIRECT_CACHE = 'public, max-age=86400';

/** Answers that depend on who asks (the publishing API, 405s): never stored. */
export const NO_STORE = 'no-store';
