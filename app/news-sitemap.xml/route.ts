import { newsSitemapResponse } from '@/lib/feeds/news-sitemap';

// "The last 48 hours" is measured when the document is (re)built: at most 5 minutes stale.
export const revalidate = 300;
export const GET = () => newsSitemapResponse();
