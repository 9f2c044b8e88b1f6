/** @jest-environment node */
import path from 'node:path';
import { imageType } from '@/lib/feeds/image-type';
import { isMissingPublicImage, publicImageFile } from '@/lib/public-images';

describe('files under public/images', () => {
  it('resolves card images inside public/images only, and tells the proxy what is missing', () => {
    expect(publicImageFile('/images/articles/1001-spacex-ipo.webp')).toBe(path.join(process.cwd(), 'public/images/articles/1001-spacex-ipo.webp'));
    expect(publicImageFile('/images/%2e%2e/%2e%2e/package.json')).toBeUndefined();
    expect(publicImageFile('/images/%E0%A4%A')).toBeUndefined();
    expect(publicImageFile('/images/')).toBeUndefined();
    expect(publicImageFile('/images/articles/a%00.webp')).toBeUndefined();
    expect(isMissingPublicImage('/images/%2e%2e/%2e%2e/package.json')).toBe(true);
    expect(isMissingPublicImage('/images/articles/1001-spacex-ipo.webp')).toBe(false);
    expect(isMissingPublicImage('/images/articles/missing.webp')).toBe(true);
    expect(isMissingPublicImage('/images/../package.json')).toBe(true);
    expect(isMissingPublicImage('/icons/icon-192.png')).toBe(false);
  });

  it('names the MIME type of each format the content schema admits', () => {
    expect(['a.webp', 'a.avif', 'a.png', 'a.jpg', 'a.JPEG', 'a.gif'].map(imageType)).toEqual([
      'image/webp',
      'image/avif',
      'image/png',
      'image/jpeg',
      'image/jpeg',
      undefined,
    ]);
  });
});
