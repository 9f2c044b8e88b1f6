import { sectionRssHandler } from '@/lib/feeds/rss';

// The Arabic section feeds: each section's is prerendered at build; one added later renders on
// its first request. The proxy answers 404 for a section that does not exist, before this runs.
export const dynamicParams = true;
export { sectionFeedParams as generateStaticParams } from '@/lib/feeds/rss';
// Expired at once by the newsroom's changes (tags); five minutes is what a CDN may keep it.
export const revalidate = 300;
export const GET = sectionRssHandler('ar');
