import { ResponsiveImage } from '@/components/ui/ResponsiveImage';
import type { WriterPhoto } from '@/lib/content/types';

/** A columnist's portrait, round, at `size` CSS pixels (the optimiser picks the file for the screen). */
export function WriterPortrait({ photo, size }: { photo: WriterPhoto; size: number }) {
  return (
    <ResponsiveImage
      src={photo.src}
      alt={photo.alt}
      width={photo.width}
      height={photo.height}
      sizes={`${size}px`}
      style={{ inlineSize: size, blockSize: size }}
      className="shrink-0 rounded-full bg-wash object-cover"
    />
  );
}
