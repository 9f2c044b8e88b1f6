/**
 * The paper's mark — a red block with three rising white bars, the press columns of a front page —
 * as geometry, so the header, the favicon and the social cards draw the same thing.
 */
export const MARK_VIEWBOX = 48;
export const MARK_RADIUS = 8;
export const MARK_BARS = [
  { x: 10, y: 22, width: 7, height: 16 },
  { x: 20.5, y: 15, width: 7, height: 23 },
  { x: 31, y: 9, width: 7, height: 29 },
] as const;

/** The mark as a standalone SVG document (cards, icons). */
export function markSvg(size: number, red: string): string {
  const bars = MARK_BARS.map((b) => `<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" rx="1.5" fill="#fff"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${MARK_VIEWBOX} ${MARK_VIEWBOX}"><rect width="${MARK_VIEWBOX}" height="${MARK_VIEWBOX}" rx="${MARK_RADIUS}" fill="${red}"/>${bars}</svg>`;
}
