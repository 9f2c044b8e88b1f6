import type { Segment } from '@/lib/search/highlight';

/** Text with the words a search matched in <mark>; React escapes every piece, whatever the story says. */
export function Highlighted({ segments }: { segments: readonly Segment[] }) {
  return segments.map((segment, i) => (segment.hit ? <mark key={i}>{segment.text}</mark> : segment.text));
}
