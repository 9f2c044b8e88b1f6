/** @jest-environment node */
import fs from 'node:fs';
import path from 'node:path';
import { imageType, publicFileSize } from '@/lib/feeds/public-file';

describe('article image facts for enclosures', () => {
  it('measures an image in public/images', () => {
    const seed = path.join(process.cwd(), 'public/images/articles/1001-spacex-ipo.webp');
    expect(publicFileSize('/images/articles/1001-spacex-ipo.webp')).toBe(fs.statSync(seed).size);
  });

  it('gives undefined for missing files, folders and paths outside public/images', () => {
    expect(publicFileSize('/images/articles/missing.webp')).toBeUndefined();
    expect(publicFileSize('/images/articles')).toBeUndefined();
    expect(publicFileSize('/images/../../package.json')).toBeUndefined();
    expect(publicFileSize('/icons/icon-192.png')).toBeUndefined();
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
