import type { Metadata } from 'next';
import { WriterPage, writerMetadata, type WriterParams } from '@/components/writer/WriterPage';

export async function generateMetadata({ params }: { params: Promise<WriterParams> }): Promise<Metadata> {
  return writerMetadata(await params);
}

export default async function Page({ params }: { params: Promise<WriterParams> }) {
  return <WriterPage params={await params} />;
}

// None at build: each renders on its first request, then is cached and revalidated like the rest (ISR).
export function generateStaticParams() {
  return [];
}
