import type { MetadataRoute } from 'next';
import { getTranslations } from 'next-intl/server';
import { homePath } from '@/lib/routes';
import { defaultLocale, direction, site } from '@/lib/site';

/**
 * The web app manifest (/manifest.webmanifest): the Arabic edition, installed from the home
 * screen, in the paper's colours. The PNG icons are made by scripts/make-icons.mjs.
 */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const locale = defaultLocale;
  const t = await getTranslations({ locale, namespace: 'Home' });
  return {
    name: site.name[locale],
    short_name: site.name[locale],
    description: t('description'),
    lang: locale,
    dir: direction(locale),
    start_url: homePath(locale),
    scope: '/',
    display: 'standalone',
    theme_color: site.brand.primary,
    background_color: site.brand.paper,
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
