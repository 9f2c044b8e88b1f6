import { rssResponse } from '@/lib/feeds/rss';

// Under app/en, not app/[locale]: a static segment beside [locale] only adds this file's URL.
export const GET = () => rssResponse('en');
