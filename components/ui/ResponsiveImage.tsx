import { getImageProps, type ImageProps } from 'next/image';
import { preload as preloadResource } from 'react-dom';

type ResponsiveImageProps = Omit<ImageProps, 'priority' | 'preload' | 'loading' | 'fetchPriority'> & {
  /** The page's largest paint: preloaded, fetched eagerly at high priority. Otherwise lazy. */
  lcp?: boolean;
};

/**
 * next/image's optimiser (AVIF/WebP, srcset, intrinsic size) without next/image's client
 * component: a plain <img> rendered on the server ships no JavaScript to the reader.
 */
export function ResponsiveImage({ lcp = false, ...image }: ResponsiveImageProps) {
  const { props } = getImageProps({ ...image, loading: lcp ? 'eager' : 'lazy', fetchPriority: lcp ? 'high' : 'auto' });
  if (lcp) {
    preloadResource(props.src, { as: 'image', imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: 'high' });
  }
  // eslint-disable-next-line @next/next/no-img-element -- getImageProps gives next/image's markup without its client JS
  return <img {...props} alt={image.alt} />;
}
