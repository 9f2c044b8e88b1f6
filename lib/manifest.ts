import type { MetadataRoute } from 'next';
import { getTranslations } from 'next-intl/server';
import { homePath } from '@/lib/routes';
import { direction, site, type Locale } from '@/lib/site';

/**
 * An edition's web app manifest: installed from the home screen, the Arabic edition is «الوفد»,
 * right to left, opening on the Arabic front page; the English edition is "Al-Wafd", left to right,
 * opening on /en — two apps (their own `id`), in the paper's colours. The PNG icons are made by
 * scripts/make-icons.mjs. Served at manifestPath(locale) (app/manifest.ts, app/en/manifest.webmanifest).
 */
export async function webManifest(locale: Locale): Promise<MetadataRoute.Manifest> {
  const t = await getTranslations({ locale, namespace: 'Home' });
  return {
    id: homePath(locale),
    name: site.name[locale],
    short_name: site.name[locale],
    description: t('description'),
    lang: locale,
    dir: direction(locale),
    start_url: homePath(locale),
    // Both editions are one site: a link to the other edition stays inside the app.
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
