import { rssResponse } from '@/lib/feeds/rss';

// Expired at once by the newsroom's changes (tags); five minutes is what a CDN may keep it.
export const revalidate = 300;
export const GET = () => rssResponse('ar');
