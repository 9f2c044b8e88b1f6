import { renderIndex, sitemapFiles } from '@/lib/feeds/sitemap';
import { XML_TYPE, xmlResponse } from '@/lib/feeds/response';

// The index of the sitemap files (lib/feeds/sitemap): a file per block of ids with live stories.
export const revalidate = 300;
export const GET = () => xmlResponse(async () => renderIndex(await sitemapFiles()), XML_TYPE);
