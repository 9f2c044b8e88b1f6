import { rssResponse } from '@/lib/feeds/rss';

// Rebuilt at most every 5 minutes, like the pages (segment config must be a literal in this file).
export const revalidate = 300;
export const GET = () => rssResponse('ar');
