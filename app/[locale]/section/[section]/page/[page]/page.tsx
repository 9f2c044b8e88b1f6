import type { Metadata } from 'next';
import { SectionPage, sectionMetadata, type SectionParams } from '@/components/listing/SectionPage';


export async function generateMetadata({ params }: { params: Promise<SectionParams> }): Promise<Metadata> {
  return sectionMetadata(await params);
}

export default async function Page({ params }: { params: Promise<SectionParams> }) {
  return <SectionPage params={await params} />;
}

// None at build: each renders on its first request, then is cached and revalidated like the rest (ISR).
export function generateStaticParams() {
  return [];
}
