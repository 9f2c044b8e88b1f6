import type { Metadata } from 'next';
import { SectionPage, sectionMetadata, type SectionParams } from '@/components/listing/SectionPage';


export async function generateMetadata({ params }: { params: Promise<SectionParams> }): Promise<Metadata> {
  return sectionMetadata(await params);
}

export default async function Page({ params }: { params: Promise<SectionParams> }) {
  return <SectionPage params={await params} />;
}

export { sectionStaticParams as generateStaticParams } from '@/components/listing/SectionPage';
