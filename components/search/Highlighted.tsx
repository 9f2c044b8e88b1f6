import { EditionText } from '@/components/ui/EditionText';
import type { Segment } from '@/lib/search/highlight';
import type { Locale } from '@/lib/site';

/** Text with the words a search matched in <mark>; React escapes every piece, whatever the story says. */
export function Highlighted({ segments, locale }: { segments: readonly Segment[]; locale: Locale }) {
  return segments.map((segment, i) =>
    segment.hit ? (
      <mark key={i}>
        <EditionText text={segment.text} locale={locale} />
      </mark>
    ) : (
      <EditionText key={i} text={segment.text} locale={locale} />
    ),
  );
}
