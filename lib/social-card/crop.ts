import sharp, { type Sharp } from 'sharp';
import { cropAround, type Focus } from '@/lib/media/focus';

/**
 * A picture cut to `width`×`height`: around the editor's focal point when the picture has one
 * (lib/media/focus), else around its most salient region (sharp's attention strategy), as every
 * crop was before there was a focal point to follow.
 */
export async function cropped(file: string | Buffer, width: number, height: number, focus?: Focus): Promise<Sharp> {
  const salient = () => sharp(file).resize(width, height, { fit: 'cover', position: 'attention' });
  if (!focus) return salient();
  const { width: pictureWidth, height: pictureHeight } = await sharp(file).metadata();
  if (!pictureWidth || !pictureHeight) return salient();
  return sharp(file).extract(cropAround(pictureWidth, pictureHeight, width / height, focus)).resize(width, height);
}
