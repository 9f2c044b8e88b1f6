import sharp from 'sharp';
import type { Focus } from '@/lib/media/focus';
import { cropped } from './crop';

/** Width of the coloured ring around the photo: it keeps a pale photo from melting into the paper. */
const RING = 6;

const disc = (size: number, fill = '#000') =>
  Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><circle cx="${size / 2}" cy="${size / 2}" r="${size / 2}" fill="${fill}"/></svg>`);

/**
 * A writer's photo as a disc `size` px across inside a ring of `ring` colour, on transparency (PNG).
 * Cropped square around the editor's focal point, or from the top without one: a portrait's face
 * sits in its upper part, where a centred or "attention" crop may cut it for a bright shirt.
 */
export async function portraitDisc(file: string | Buffer, size: number, ring: string, focus?: Focus): Promise<Buffer> {
  const inner = size - 2 * RING;
  const square = focus ? await cropped(file, inner, inner, focus) : sharp(file).resize(inner, inner, { fit: 'cover', position: 'north' });
  const photo = await square
    .ensureAlpha()
    .composite([{ input: disc(inner), blend: 'dest-in' }])
    .png()
    .toBuffer();
  return sharp(disc(size, ring))
    .composite([{ input: photo, left: RING, top: RING }])
    .png()
    .toBuffer();
}
