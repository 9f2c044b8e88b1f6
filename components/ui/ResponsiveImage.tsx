import { getImageProps, type ImageProps } from 'next/image';
import { preload as preloadResource } from 'react-dom';
import { neededSrcSet } from '@/lib/media/srcset';

type ResponsiveImageProps = Omit<ImageProps, 'priority' | 'preload' | 'loading' | 'fetchPriority'> & {
  /** The page's largest paint: preloaded, fetched eagerly at high priority. Otherwise lazy. */
  lcp?: boolean;
};

/**
 * next/image's optimiser (AVIF/WebP, srcset, intrinsic size) without next/image's client
 * component: a plain <img> rendered on the server ships no JavaScript to the reader. Its srcset
 * lists only the widths the picture's `sizes` can call for (lib/media/srcset).
 */
export function ResponsiveImage({ lcp = false, ...image }: ResponsiveImageProps) {
  const { props: made } = getImageProps({ ...image, loading: lcp ? 'eager' : 'lazy', fetchPriority: lcp ? 'high' : 'auto' });
  const props = made.srcSet ? { ...made, srcSet: neededSrcSet(made.srcSet, made.sizes) } : made;
  if (lcp) {
    preloadResource(props.src, { as: 'image', imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: 'high' });
  }
  // eslint-disable-next-line @next/next/no-img-element -- getImageProps gives next/image's markup without its client JS
  return <img {...props} alt={image.alt} />;
}
