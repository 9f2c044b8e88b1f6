import sharp from 'sharp';

/** Width of the coloured ring around the photo: it keeps a pale photo from melting into the paper. */
const RING = 6;

const disc = (size: number, fill = '#000') =>
  Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><circle cx="${size / 2}" cy="${size / 2}" r="${size / 2}" fill="${fill}"/></svg>`);

/**
 * A writer's photo as a disc `size` px across inside a ring of `ring` colour, on transparency (PNG).
 * Cropped square from the top: a portrait's face sits in its upper part, where a centred or
 * "attention" crop may cut it for a bright shirt.
 */
export async function portraitDisc(file: string | Buffer, size: number, ring: string): Promise<Buffer> {
  const inner = size - 2 * RING;
  const photo = await sharp(file)
    .resize(inner, inner, { fit: 'cover', position: 'north' })
    .ensureAlpha()
    .composite([{ input: disc(inner), blend: 'dest-in' }])
    .png()
    .toBuffer();
  return sharp(disc(size, ring))
    .composite([{ input: photo, left: RING, top: RING }])
    .png()
    .toBuffer();
}
