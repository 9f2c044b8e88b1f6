import { writerRssHandler } from '@/lib/feeds/rss';

// The Arabic feed of each columnist, rendered on its first request; the proxy answers 404 for a
// writer the site does not have, before this runs.
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}
// Expired at once by the newsroom's changes (tags); five minutes is what a CDN may keep it.
export const revalidate = 300;
export const GET = writerRssHandler('ar');
