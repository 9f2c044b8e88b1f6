import type { Metadata } from 'next';
import { headers } from 'next/headers';
import config from '@payload-config';
import { generatePageMetadata, RootPage } from '@payloadcms/next/views';
import { RefusedListAddressView } from '@/cms/components/RefusedListAddressView';
import { refusedListAddress } from '@/cms/refused-list-address';
import { importMap } from '../importMap';

type Args = { params: Promise<{ segments: string[] }>; searchParams: Promise<Record<string, string | string[]>> };

export const generateMetadata = ({ params, searchParams }: Args): Promise<Metadata> => generatePageMetadata({ config, params, searchParams });

export default async function Page({ params, searchParams }: Args) {
  // A list's address with a query the list cannot be read by is answered here: Payload drew a blank
  // page or Next's English error page for it (cms/list-address).
  const requestHeaders = await headers();
  const refused = await refusedListAddress((await params).segments, await searchParams, requestHeaders);
  if (refused) return <RefusedListAddressView refused={refused} headers={requestHeaders} />;
  return RootPage({ config, params, searchParams, importMap });
}
