import { articleEntries, pageEntries, renderUrlset } from '@/lib/feeds/sitemap';
import { XML_TYPE, xmlResponse } from '@/lib/feeds/response';
import { parseSitemapFile } from '@/lib/routes';

// One file of /sitemap.xml (lib/feeds/sitemap): its content is cached by lib/content; the CDN keeps it five minutes.
export const revalidate = 300;

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const file = parseSitemapFile((await params).file);
  return xmlResponse(async () => {
    if (!file) return undefined;
    const entries = file.kind === 'pages' ? await pageEntries() : await articleEntries(file.locale, file.n);
    return entries && renderUrlset(entries);
  }, XML_TYPE);
}
