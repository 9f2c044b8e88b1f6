import fontverter from 'fontverter';

/**
 * The characters a font file has glyphs for: its `cmap` table (Unicode subtables of format 4 and
 * 12, which every modern font carries). Accepts WOFF2, WOFF or plain TrueType/OpenType bytes.
 */
export async function mappedCodePoints(file: Buffer): Promise<Set<number>> {
  const font: Buffer = await fontverter.convert(file, 'sfnt');
  const tables = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16;
    if (font.toString('latin1', record, record + 4) === 'cmap') cmap = font.readUInt32BE(record + 8);
  }
  if (cmap < 0) throw new Error('font has no cmap table');

  const points = new Set<number>();
  const subtables = font.readUInt16BE(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const offset = cmap + font.readUInt32BE(cmap + 4 + i * 8 + 4);
    const format = font.readUInt16BE(offset);
    if (format === 4) readFormat4(font, offset, points);
    if (format === 12) readFormat12(font, offset, points);
  }
  return points;
}

function readFormat4(font: Buffer, offset: number, points: Set<number>) {
  const segments = font.readUInt16BE(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = font.readUInt16BE(ends + s * 2);
    const start = font.readUInt16BE(starts + s * 2);
    const delta = font.readInt16BE(deltas + s * 2);
    const rangeOffset = font.readUInt16BE(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      const glyph = rangeOffset === 0 ? (c + delta) & 0xffff : font.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
      if (glyph !== 0) points.add(c);
    }
  }
}

function readFormat12(font: Buffer, offset: number, points: Set<number>) {
  const groups = font.readUInt32BE(offset + 12);
  for (let g = 0; g < groups; g++) {
    const group = offset + 16 + g * 12;
    for (let c = font.readUInt32BE(group); c <= font.readUInt32BE(group + 4); c++) points.add(c);
  }
}
