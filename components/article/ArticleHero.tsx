import { ResponsiveImage } from '@/components/ui/ResponsiveImage';
import { EditionText } from '@/components/ui/EditionText';
import type { ArticleImage } from '@/lib/content/types';
import { direction } from '@/lib/locales';
import type { Locale } from '@/lib/site';
import { otherEditionLanguage } from '@/lib/text';

/**
 * The lead image is the page's largest paint: loaded eagerly at high priority, with its
 * intrinsic size so nothing moves when it arrives, in AVIF/WebP at the width the screen needs.
 */
export function ArticleHero({ image, locale }: { image: ArticleImage; locale: Locale }) {
  // A picture has one alt text, usually Arabic: on the English page it is spoken, and drawn if the
  // picture fails, as Arabic.
  const altLanguage = otherEditionLanguage(image.alt, locale);
  return (
    <figure className="my-6 print:hidden">
      <ResponsiveImage
        lcp
        src={image.src}
        alt={image.alt}
        width={image.width}
        height={image.height}
        sizes="(min-width: 1152px) 768px, (min-width: 1024px) calc(100vw - 23rem), calc(100vw - 2rem)"
        className="h-auto w-full rounded bg-wash"
        {...(altLanguage && { lang: altLanguage, dir: direction(altLanguage) })}
      />
      {/* A caption is optional in the newsroom: an empty one would still draw its rule and gap. */}
      {image.caption && (
        <figcaption className="mt-2 border-s-4 border-brand ps-3 text-sm text-muted">
          <EditionText text={image.caption} locale={locale} />
        </figcaption>
      )}
    </figure>
  );
}
