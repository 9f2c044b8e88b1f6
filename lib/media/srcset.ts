/**
 * The candidates of an image's srcset a reader's browser can ever choose, given the image's `sizes`.
 *
 * next/image lists every configured width (96 to 1600 px) whenever `sizes` is not a plain `Nvw`: a
 * 160 px thumbnail carried ten candidates, and every candidate is written twice in a page (the HTML
 * and the RSC payload hydration reads), four times for the preloaded lead image. Bytes in the
 * document decide whether it arrives in a new connection's first round trip (BENCHMARKS.md).
 *
 * Kept: from the first width that covers the smallest slot the image is drawn in (on a 320 px
 * screen), up to the first that covers the largest slot at twice the pixel density. Denser screens
 * get the 2× file: past 2× a reader cannot tell the difference in a news picture, and the larger
 * files cost phones real bytes. A `sizes` this does not understand keeps every candidate.
 */

/** The narrowest and widest screens we lay out for, in CSS px. */
const VIEWPORTS = { narrowest: 320, widest: 2560 } as const;
const REM = 16;
const DENSITY_CAP = 2;

/** A slot length at one viewport width: `160px`, `64vw`, `20rem`, `calc(100vw - 2rem)`; NaN if not understood. */
function lengthAt(length: string, viewport: number): number {
  const unit = (value: number, name: string) => (name === 'px' ? value : name === 'rem' ? value * REM : name === 'vw' ? (value * viewport) / 100 : NaN);
  const simple = /^(\d+(?:\.\d+)?)(px|rem|vw)$/.exec(length);
  if (simple) return unit(Number(simple[1]), simple[2]!);
  const calc = /^calc\(\s*(\d+(?:\.\d+)?)(px|rem|vw)\s*([+-])\s*(\d+(?:\.\d+)?)(px|rem|vw)\s*\)$/.exec(length);
  if (!calc) return NaN;
  const [a, b] = [unit(Number(calc[1]), calc[2]!), unit(Number(calc[4]), calc[5]!)];
  return calc[3] === '+' ? a + b : a - b;
}

interface SizeEntry {
  /** The entry applies from this viewport width up (0: no condition). */
  minWidth: number;
  length: string;
}

/** `(min-width: 1024px) 50vw, 100vw` into entries; null when a condition is not a plain min-width. */
function parseSizes(sizes: string): SizeEntry[] | null {
  const entries: SizeEntry[] = [];
  // Commas inside calc() do not occur in the lengths we read; a length with one fails to parse below.
  for (const part of sizes.split(',').map((p) => p.trim())) {
    const conditional = /^\(\s*min-width:\s*(\d+)px\s*\)\s+(.+)$/.exec(part);
    if (conditional) entries.push({ minWidth: Number(conditional[1]), length: conditional[2]!.trim() });
    else if (part.startsWith('(')) return null;
    else entries.push({ minWidth: 0, length: part });
  }
  return entries.length ? entries : null;
}

/** The slot width at one viewport: the first entry whose condition holds, as the browser reads `sizes`. */
function slotAt(entries: SizeEntry[], viewport: number): number {
  const entry = entries.find((e) => viewport >= e.minWidth);
  return entry ? lengthAt(entry.length, viewport) : NaN;
}

/** The smallest and largest slot over every screen width (lengths are linear between breakpoints). */
export function slotRange(sizes: string): { min: number; max: number } | null {
  const entries = parseSizes(sizes);
  if (!entries) return null;
  const viewports = new Set<number>([VIEWPORTS.narrowest, VIEWPORTS.widest]);
  for (const { minWidth } of entries) {
    if (minWidth > VIEWPORTS.narrowest && minWidth <= VIEWPORTS.widest) viewports.add(minWidth).add(minWidth - 1);
  }
  const slots = [...viewports].map((v) => slotAt(entries, v));
  if (slots.some((s) => !Number.isFinite(s) || s <= 0)) return null;
  return { min: Math.min(...slots), max: Math.max(...slots) };
}

/** `srcSet` reduced to the candidates a browser can choose for `sizes` (see above). */
export function neededSrcSet(srcSet: string, sizes: string | undefined): string {
  const range = sizes ? slotRange(sizes) : null;
  const candidates = srcSet.split(', ').map((entry) => ({ entry, width: Number(/ (\d+)w$/.exec(entry)?.[1]) }));
  if (!range || candidates.some((c) => !Number.isFinite(c.width))) return srcSet;
  const firstCovering = (px: number) => {
    const index = candidates.findIndex((c) => c.width >= px);
    return index === -1 ? candidates.length - 1 : index;
  };
  return candidates
    .slice(firstCovering(range.min), firstCovering(range.max * DENSITY_CAP) + 1)
    .map((c) => c.entry)
    .join(', ');
}
