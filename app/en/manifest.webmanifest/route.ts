import { webManifest } from '@/lib/manifest';

/**
 * /en/manifest.webmanifest: the English edition's web app manifest. A route of its own because Next's
 * manifest file convention serves one manifest for the whole site; built once, like that one.
 */
export const dynamic = 'force-static';

export async function GET(): Promise<Response> {
  return Response.json(await webManifest('en'), { headers: { 'Content-Type': 'application/manifest+json' } });
}
