import { serializeJsonLd } from '@/lib/structured-data';

/** Structured data for crawlers; escaped so article text can never end the script element. */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
