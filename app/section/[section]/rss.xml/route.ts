import { sectionRssHandler } from '@/lib/feeds/rss';

// The Arabic section feeds. Sections come from content/site.json (bundled), so all are known at
// build: prerender each, and answer 404 for anything else without running the handler.
export const revalidate = 300;
export const dynamicParams = false;
export { sectionFeedParams as generateStaticParams } from '@/lib/feeds/rss';
export const GET = sectionRssHandler('ar');
