import type { MetadataRoute } from 'next';
import { webManifest } from '@/lib/manifest';
import { defaultLocale } from '@/lib/site';

/** /manifest.webmanifest: the Arabic edition's (the English one is /en/manifest.webmanifest). */
export default function manifest(): Promise<MetadataRoute.Manifest> {
  return webManifest(defaultLocale);
}
