/** @jest-environment node */
import fs from 'node:fs';
import path from 'node:path';
import manifest from '@/app/manifest';
import { GET as englishManifest } from '@/app/en/manifest.webmanifest/route';

/** Width and height from a PNG's IHDR chunk (bytes 16–23), so the test needs no image library. */
function pngSize(file: string): [number, number] {
  const bytes = fs.readFileSync(path.join(process.cwd(), file));
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('web app manifest and icons', () => {
  it('installs the Arabic edition, right to left, in the paper’s colours', async () => {
    const result = await manifest();
    expect(result).toMatchObject({
      name: 'الوفد',
      short_name: 'الوفد',
      lang: 'ar',
      dir: 'rtl',
      start_url: '/',
      display: 'standalone',
      theme_color: '#b3121b',
      background_color: '#ffffff',
    });
    expect(result.description).toContain('الوفد');
  });

  it('installs the English edition as an app of its own: "Al-Wafd", left to right, opening on /en', async () => {
    const response = await englishManifest();
    expect(response.headers.get('content-type')).toBe('application/manifest+json');
    const result = await response.json();
    expect(result).toMatchObject({ id: '/en', name: 'Al-Wafd', short_name: 'Al-Wafd', lang: 'en', dir: 'ltr', start_url: '/en', scope: '/' });
    expect(result.description).toContain('Al-Wafd');
    expect((await manifest()).id).toBe('/');
  });

  it('references PNG icons that exist at the sizes it states', async () => {
    const { icons = [] } = await manifest();
    expect(icons.map((i) => i.sizes)).toEqual(['192x192', '512x512', '512x512']);
    for (const icon of icons) {
      const [w, h] = pngSize(path.join('public', icon.src));
      expect(`${w}x${h}`).toBe(icon.sizes);
    }
  });

  it('has the favicon wordmark in white on brand red and a 180×180 apple-touch icon', () => {
    const svg = fs.readFileSync(path.join(process.cwd(), 'app/icon.svg'), 'utf8');
    expect(svg).toContain('fill="#b3121b"');
    expect(svg.match(/fill="#ffffff"/g)).toHaveLength(1);
    expect(pngSize('app/apple-icon.png')).toEqual([180, 180]);
  });
});
