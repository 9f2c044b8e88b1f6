import { sectionRssHandler } from '@/lib/feeds/rss';

// The English section feeds; see app/section/[section]/rss.xml.
export const dynamicParams = true;
export { sectionFeedParams as generateStaticParams } from '@/lib/feeds/rss';
export const GET = sectionRssHandler('en');
