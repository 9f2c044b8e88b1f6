import { rssResponse } from '@/lib/feeds/rss';

export const GET = () => rssResponse('ar');
