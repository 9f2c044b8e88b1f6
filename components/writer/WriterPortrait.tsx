import { ResponsiveImage } from '@/components/ui/ResponsiveImage';
import type { WriterPhoto } from '@/lib/content/types';
import { objectPosition } from '@/lib/media/focus';

/** A columnist's portrait, round, at `size` CSS pixels (the optimiser picks the file for the screen). */
export function WriterPortrait({ photo, size }: { photo: WriterPhoto; size: number }) {
  return (
    <ResponsiveImage
      src={photo.src}
      alt={photo.alt}
      width={photo.width}
      height={photo.height}
      sizes={`${size}px`}
      // A square cut of the photo, around the editor's focal point when there is one (lib/media/focus).
      style={{ inlineSize: size, blockSize: size, ...(photo.focus && { objectPosition: objectPosition(photo.width, photo.height, 1, photo.focus) }) }}
      className="shrink-0 rounded-full bg-wash object-cover"
    />
  );
}
