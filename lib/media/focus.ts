/**
 * The editor's focal point: where a picture's subject is, set in the admin on the picture
 * ("Edit image" → focal point; Payload keeps it as focal_x, focal_y in percent of the width and
 * height from the top-left corner). Every crop of the picture — the listings' 16:9 thumbnails,
 * the social card's tall slot, the search engines' 16:9, 4:3 and 1:1 — keeps it in view, centred
 * as far as the picture allows: a face at the edge of a wide photograph is not cut off for the
 * middle of the frame.
 */
export interface Focus {
  /** Percent of the picture's width, from its left edge (0–100). */
  x: number;
  /** Percent of its height, from its top edge (0–100). */
  y: number;
}

/** The centre: what Payload stores until an editor moves the point, and what a crop does without one. */
const CENTRE = 50;

const percent = (value: unknown): number | undefined => {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? Math.min(100, Math.max(0, n)) : undefined;
};

/**
 * The focal point as the database gives it (numbers, or numeric text), or undefined when there is
 * none or it is the centre — a picture nobody focused is cropped as before (lib/social-card picks
 * its most salient region; the listings show its middle).
 */
export function focusOf(x: unknown, y: unknown): Focus | undefined {
  const [fx, fy] = [percent(x), percent(y)];
  if (fx === undefined || fy === undefined || (fx === CENTRE && fy === CENTRE)) return undefined;
  return { x: fx, y: fy };
}

/** A region of a picture, in its pixels. */
export interface Region {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The largest region of a `width`×`height` picture with the crop's aspect (`aspect` = width ÷
 * height), centred on the focus and moved back inside the picture where the focus is near an edge.
 */
export function cropAround(width: number, height: number, aspect: number, focus: Focus): Region {
  const wide = width / height > aspect;
  const cropWidth = wide ? Math.max(1, Math.min(width, Math.round(height * aspect))) : width;
  const cropHeight = wide ? height : Math.max(1, Math.min(height, Math.round(width / aspect)));
  const place = (size: number, crop: number, at: number) => Math.min(size - crop, Math.max(0, Math.round((at / 100) * size - crop / 2)));
  return { left: place(width, cropWidth, focus.x), top: place(height, cropHeight, focus.y), width: cropWidth, height: cropHeight };
}

/**
 * CSS `object-position` for the picture shown with `object-fit: cover` in a box of `aspect`: the
 * same region cropAround cuts, said as CSS says it — x % aligns that point of the picture with the
 * same point of the box, so the percent is the region's offset over the overflow, not the focus.
 */
export function objectPosition(width: number, height: number, aspect: number, focus: Focus): string {
  const region = cropAround(width, height, aspect, focus);
  const at = (offset: number, overflow: number) => (overflow > 0 ? Math.round((offset / overflow) * 1000) / 10 : 50);
  return `${at(region.left, width - region.width)}% ${at(region.top, height - region.height)}%`;
}
