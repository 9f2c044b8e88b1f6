import type { MetadataRoute } from 'next';
import { MEDIA_URL_PREFIX } from '@/lib/media/url';
import { controlPath, NEWS_SITEMAP_PATH, SITEMAP_PATH } from '@/lib/routes';
import { absoluteUrl, locales, siteUrl } from '@/lib/site';

// Built per deployment from SITE_URL, like every other absolute URL.
export default function robots(): MetadataRoute.Robots {
  return {
    // The pictures the sitemaps and feeds name live under the CMS's API: the longer rule opens them.
    rules: [{ userAgent: '*', allow: ['/', MEDIA_URL_PREFIX], disallow: ['/api/', '/admin', ...locales.map(controlPath)] }],
    sitemap: [absoluteUrl(SITEMAP_PATH), absoluteUrl(NEWS_SITEMAP_PATH)],
    host: siteUrl(),
  };
}
