import type { MetadataRoute } from 'next';
import { controlPath, NEWS_SITEMAP_PATH, SITEMAP_PATH } from '@/lib/routes';
import { absoluteUrl, locales, siteUrl } from '@/lib/site';

// Built per deployment from SITE_URL, like every other absolute URL.
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/', '/admin', ...locales.map(controlPath)] }],
    sitemap: [absoluteUrl(SITEMAP_PATH), absoluteUrl(NEWS_SITEMAP_PATH)],
    host: siteUrl(),
  };
}
