import sharp from 'sharp';

/**
 * Reading set text back from pixels, so card tests check what a reader sees rather than what the
 * layout code believes it did. Works on the card (JPEG on white) and on text blocks (transparent
 * PNG), which are flattened onto white first.
 */

export interface Region {
  left: number;
  top: number;
  width: number;
  height: number;
}

interface Ink {
  /** True where a pixel is dark enough to be ink, row by row. */
  at: (x: number, y: number) => boolean;
  width: number;
  height: number;
}

async function ink(image: Buffer, region?: Region): Promise<Ink> {
  let pipeline = sharp(image).flatten({ background: '#ffffff' });
  if (region) pipeline = pipeline.extract(region);
  const { data, info } = await pipeline.greyscale().raw().toBuffer({ resolveWithObject: true });
  return { at: (x, y) => data[y * info.width + x]! < 128, width: info.width, height: info.height };
}

/** Runs of true values, as [first, last] index pairs. */
function runs(flags: boolean[]): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  let start = -1;
  flags.forEach((flag, i) => {
    if (flag && start < 0) start = i;
    if (!flag && start >= 0) found.push([start, i - 1]);
    if (!flag) start = -1;
  });
  if (start >= 0) found.push([start, flags.length - 1]);
  return found;
}

/**
 * The lines of text in a region: bands of rows holding ink, split by blank rows, as [top, bottom]
 * in the image's coordinates. (Lines of set text are separated by blank rows; the letters of one
 * line always overlap some row, so a line is never split.)
 */
export async function inkLines(image: Buffer, region?: Region): Promise<Array<[number, number]>> {
  const { at, width, height } = await ink(image, region);
  const rows = Array.from({ length: height }, (_, y) => Array.from({ length: width }, (_, x) => at(x, y)).some(Boolean));
  return runs(rows).map(([top, bottom]) => [top + (region?.top ?? 0), bottom + (region?.top ?? 0)]);
}

/**
 * The first `count` marks of a line from its left edge (where an Arabic line ends): groups of inked
 * columns split by blank columns, with the height of their ink. A dot of "…" is a small fraction
 * of the line's height; a letter or digit is not.
 */
export async function marksFromLeft(image: Buffer, line: [number, number], count: number): Promise<Array<{ width: number; height: number }>> {
  const probe = await sharp(image).metadata();
  const region = { left: 0, top: line[0], width: probe.width!, height: line[1] - line[0] + 1 };
  const { at, width, height } = await ink(image, region);
  const columns = Array.from({ length: width }, (_, x) => Array.from({ length: height }, (_, y) => at(x, y)).some(Boolean));
  return runs(columns)
    .slice(0, count)
    .map(([from, to]) => {
      const rows = Array.from({ length: height }, (_, y) => Array.from({ length: to - from + 1 }, (_, i) => at(from + i, y)).some(Boolean));
      const inked = runs(rows);
      return { width: to - from + 1, height: inked.length ? inked.at(-1)![1] - inked[0]![0] + 1 : 0 };
    });
}
