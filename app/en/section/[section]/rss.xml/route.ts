import { sectionRssHandler } from '@/lib/feeds/rss';

// The English section feeds; see app/section/[section]/rss.xml.
export const dynamicParams = true;
export { sectionFeedParams as generateStaticParams } from '@/lib/feeds/rss';
// Expired at once by the newsroom's changes (tags); five minutes is what a CDN may keep it.
export const revalidate = 300;
export const GET = sectionRssHandler('en');
