import { writerRssHandler } from '@/lib/feeds/rss';

// Under app/en, not app/[locale]: a static segment beside [locale] only adds this file's URL.
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}
// Expired at once by the newsroom's changes (tags); five minutes is what a CDN may keep it.
export const revalidate = 300;
export const GET = writerRssHandler('en');
