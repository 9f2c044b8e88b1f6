/** @jest-environment node */
import { fittingUploadName, MAX_UPLOAD_NAME_BYTES } from '@/lib/media/files';

describe('fittingUploadName', () => {
  it('leaves a name that fits as it is', () => {
    expect(fittingUploadName('مؤتمر صحفي.jpg')).toBe('مؤتمر صحفي.jpg');
  });

  it('cuts a long Arabic name to the bytes a disk keeps with room for the stored sizes, keeping its extension', () => {
    const name = `${'ب'.repeat(130)}.png`;
    const fitted = fittingUploadName(name);
    expect(Buffer.byteLength(name)).toBeGreaterThan(255);
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(MAX_UPLOAD_NAME_BYTES);
    expect(fitted).toBe(`${'ب'.repeat(98)}.png`);
  });

  it('cuts whole characters: a letter keeps its marks, an emoji its parts, and no space is left before the extension', () => {
    const fitted = fittingUploadName(`${'مُ'.repeat(60)} 👩‍👩‍👧.webp`, 60);
    expect(fitted).toBe(`${'مُ'.repeat(13)}.webp`);
    expect(fittingUploadName(`${'a'.repeat(50)} 👩‍👩‍👧.webp`, 70)).toBe(`${'a'.repeat(50)}.webp`);
  });

  it('keeps what it can of a name without an extension, or with a dot that is no extension', () => {
    expect(fittingUploadName('x'.repeat(300))).toBe('x'.repeat(MAX_UPLOAD_NAME_BYTES));
    expect(Buffer.byteLength(fittingUploadName(`${'ن'.repeat(100)}.${'ص'.repeat(100)}`))).toBeLessThanOrEqual(MAX_UPLOAD_NAME_BYTES);
  });
});
