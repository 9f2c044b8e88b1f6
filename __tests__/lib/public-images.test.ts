/** @jest-environment node */
import fs from 'node:fs';
import path from 'node:path';
import { imageType } from '@/lib/feeds/image-type';
import { isMissingPublicFile, publicImageFile } from '@/lib/public-images';

// A file of the test's own under public/images, not one of the sample stories' pictures.
const OWN = `/images/unit-test-${process.pid}.webp`;
beforeAll(() => fs.writeFileSync(path.join(process.cwd(), 'public', OWN), 'RIFF'));
afterAll(() => fs.rmSync(path.join(process.cwd(), 'public', OWN), { force: true }));

describe('files under public/images', () => {
  it('resolves card images inside public/images only, and tells the proxy what is missing', () => {
    expect(publicImageFile(OWN)).toBe(path.join(process.cwd(), 'public', OWN));
    expect(publicImageFile('/images/%2e%2e/%2e%2e/package.json')).toBeUndefined();
    expect(publicImageFile('/images/%E0%A4%A')).toBeUndefined();
    expect(publicImageFile('/images/')).toBeUndefined();
    expect(publicImageFile('/images/articles/a%00.webp')).toBeUndefined();
    expect(isMissingPublicFile('/images/%2e%2e/%2e%2e/package.json')).toBe(true);
    expect(isMissingPublicFile(OWN)).toBe(false);
    expect(isMissingPublicFile('/images/articles/missing.webp')).toBe(true);
    expect(isMissingPublicFile('/images/../package.json')).toBe(true);
    expect(isMissingPublicFile(`${OWN}/x`)).toBe(true);
    expect(isMissingPublicFile('/icons/icon-192.png')).toBe(false);
  });

  it('tells the proxy which icons are missing, inside public/icons only', () => {
    expect(isMissingPublicFile('/icons/icon-512.png')).toBe(false);
    expect(isMissingPublicFile('/icons/x')).toBe(true);
    expect(isMissingPublicFile('/icons/icon-192.png/x')).toBe(true);
    expect(isMissingPublicFile('/icons/%20')).toBe(true);
    expect(isMissingPublicFile('/icons/')).toBe(true);
    expect(isMissingPublicFile('/icons/%2e%2e/favicon.ico')).toBe(true);
    // Not a folder of public files: the proxy's other rules answer these.
    expect(isMissingPublicFile('/iconsx/a.png')).toBe(false);
    expect(isMissingPublicFile('/favicon.ico')).toBe(false);
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
