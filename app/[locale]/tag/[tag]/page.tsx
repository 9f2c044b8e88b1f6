import type { Metadata } from 'next';
import { TagPage, tagMetadata, type TagParams } from '@/components/listing/TagPage';


export async function generateMetadata({ params }: { params: Promise<TagParams> }): Promise<Metadata> {
  return tagMetadata(await params);
}

export default async function Page({ params }: { params: Promise<TagParams> }) {
  return <TagPage params={await params} />;
}


// None at build: each renders on its first request, then is cached and revalidated like the rest (ISR).
export function generateStaticParams() {
  return [];
}
