import { ResponsiveImage } from '@/components/ui/ResponsiveImage';
import type { WriterPhoto } from '@/lib/content/types';
import { objectPosition } from '@/lib/media/focus';

/** Without a focal point: the photo's top, its middle across. */
const PORTRAIT_TOP = '50% 0%';

/** A columnist's portrait, round, at `size` CSS pixels (the optimiser picks the file for the screen). */
export function WriterPortrait({ photo, size }: { photo: WriterPhoto; size: number }) {
  return (
    <ResponsiveImage
      src={photo.src}
      alt={photo.alt}
      width={photo.width}
      height={photo.height}
      sizes={`${size}px`}
      // A square cut of the photo around the editor's focal point (lib/media/focus), else from its top,
      // where a portrait's face is — as the writer's card cuts it (lib/social-card/portrait).
      style={{ inlineSize: size, blockSize: size, objectPosition: photo.focus ? objectPosition(photo.width, photo.height, 1, photo.focus) : PORTRAIT_TOP }}
      className="shrink-0 rounded-full bg-wash object-cover"
    />
  );
}
