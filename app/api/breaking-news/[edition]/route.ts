import { getBreaking } from '@/lib/content';
import { isLocale, locales, type Locale } from '@/lib/site';

/**
 * An edition's live breaking news, for the strip on pages already open (components/layout/
 * BreakingNews polls it). Cached like a page: the newsroom's saves expire it at once (the tag
 * breaking:{edition}), it ends when its first item expires (lib/content getBreaking), and 30 s is
 * the longest any copy lives — so a reader's open page is at most one poll behind the newsroom.
 */
export const revalidate = 30;
export const dynamicParams = false;

export function generateStaticParams(): { edition: Locale }[] {
  return locales.map((edition) => ({ edition }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ edition: string }> }): Promise<Response> {
  const { edition } = await params;
  // Only the editions are prerendered and dynamicParams is off: anything else never gets here.
  if (!isLocale(edition)) return new Response(null, { status: 404 });
  return Response.json({ items: await getBreaking(edition) });
}
