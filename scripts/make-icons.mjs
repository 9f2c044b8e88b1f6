#!/usr/bin/env node
/**
 * Draws the paper's wordmark — الوفد, shaped by HarfBuzz from the Noto Naskh Arabic Bold the social
 * cards are set in (assets/fonts), the face the site sets the header's wordmark in — as outlines,
 * and from it every icon browsers, phones and social cards ask for. Outlines, so no file depends on
 * a font being installed where it is drawn. Run after changing the name, the colours or the font,
 * and commit the output:
 *
 *   node scripts/make-icons.mjs            write the files
 *   node scripts/make-icons.mjs --check    exit 1 if any committed file differs (a test runs this)
 *
 *   assets/brand/wordmark.svg        the wordmark in the paper's red, cropped to its ink (social cards)
 *   app/icon.svg                     the favicon: the wordmark in white on a red rounded square
 *   app/apple-icon.png               180×180, opaque: iOS rounds the corners itself and would
 *                                    show transparent corners as black, so they are filled red
 *   public/icons/icon-192.png        the icon as drawn (rounded, transparent corners), manifest "any"
 *   public/icons/icon-512.png
 *   public/icons/icon-maskable-512.png  red to the edges with the wordmark inside the middle 80%,
 *                                    the safe zone whatever mask Android applies
 *   public/favicon.ico               32 and 16 px, for what asks /favicon.ico without reading the page
 *                                    (feed readers, crawlers, old browsers): a 404 page otherwise
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as hb from 'harfbuzzjs';
import sharp from 'sharp';

const root = path.resolve(import.meta.dirname, '..');
const site = JSON.parse(await readFile(path.join(root, 'content', 'site.json'), 'utf8'));
const RED = site.brand.primary;
const WHITE = site.brand.paper;
const check = process.argv.includes('--check');

/** The name shaped as the browser shapes it (joining forms, right to left), as one path in font units, y up. */
async function shapeWordmark(text) {
  const font = new hb.Font(new hb.Face(new hb.Blob(await readFile(path.join(root, 'assets/fonts/NotoNaskhArabic-Bold.ttf')))));
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  const positions = buffer.getGlyphPositions();
  let pen = 0;
  const box = { left: Infinity, right: -Infinity, top: -Infinity, bottom: Infinity };
  const parts = [];
  // HarfBuzz hands right-to-left glyphs over in visual order, left to right: the pen only moves right.
  for (const [i, glyph] of buffer.getGlyphInfos().entries()) {
    const { xAdvance, xOffset, yOffset } = positions[i];
    const dx = pen + xOffset;
    const extents = font.glyphExtents(glyph.codepoint);
    box.left = Math.min(box.left, dx + extents.xBearing);
    box.right = Math.max(box.right, dx + extents.xBearing + extents.width);
    box.top = Math.max(box.top, yOffset + extents.yBearing);
    box.bottom = Math.min(box.bottom, yOffset + extents.yBearing + extents.height);
    for (const { type, values } of font.glyphToJson(glyph.codepoint)) {
      const moved = values.map((v, k) => Math.round(v + (k % 2 ? yOffset : dx)));
      parts.push(type + moved.join(' '));
    }
    pen += xAdvance;
  }
  return { d: parts.join(''), width: box.right - box.left, height: box.top - box.bottom, left: box.left, top: box.top };
}

const mark = await shapeWordmark(site.name.ar);

/** The wordmark filled with `color`, scaled to `width` and placed with its ink's top-left corner at (x, y). */
function placed(color, width, x, y) {
  const s = width / mark.width;
  const f = (n) => Number(n.toFixed(4));
  return `<path fill="${color}" transform="matrix(${f(s)} 0 0 ${f(-s)} ${f(x - mark.left * s)} ${f(y + mark.top * s)})" d="${mark.d}"/>`;
}

const wordmarkWidth = 1000;
const wordmarkHeight = Math.ceil((mark.height * wordmarkWidth) / mark.width);
const wordmarkSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${wordmarkWidth} ${wordmarkHeight}" width="${wordmarkWidth}" height="${wordmarkHeight}">${placed(RED, wordmarkWidth, 0, 0)}</svg>\n`;

/** A square icon of 512 units: the wordmark at `share` of the width, centred, on red (rounded unless `square`). */
function iconSvg({ share, square = false }) {
  const width = 512 * share;
  const height = (mark.height * width) / mark.width;
  const background = square ? `<rect width="512" height="512" fill="${RED}"/>` : `<rect width="512" height="512" rx="96" fill="${RED}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">${background}${placed(WHITE, width, (512 - width) / 2, (512 - height) / 2)}</svg>\n`;
}
const icon = iconSvg({ share: 0.8 });

const render = (svg, size) => sharp(Buffer.from(svg), { density: (72 * size) / 512 }).resize(size, size);
const png = (image) => image.png({ compressionLevel: 9 }).toBuffer();

/** An ICO file holding PNG images (every browser since 2007 reads them), largest first. */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // an icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, bytes }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size % 256, entry); // 256 is written as 0
    header.writeUInt8(size % 256, entry + 1);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(bytes.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += bytes.length;
  });
  return Buffer.concat([header, ...images.map(({ bytes }) => bytes)]);
}

const files = {
  'assets/brand/wordmark.svg': Buffer.from(wordmarkSvg),
  'app/icon.svg': Buffer.from(icon),
  'app/apple-icon.png': await png(render(iconSvg({ share: 0.8, square: true }), 180)),
  'public/icons/icon-192.png': await png(render(icon, 192)),
  'public/icons/icon-512.png': await png(render(icon, 512)),
  // The safe zone is the middle 80% circle: the wordmark spans 60% of the width, so its corners stay inside.
  'public/icons/icon-maskable-512.png': await png(render(iconSvg({ share: 0.6, square: true }), 512)),
  'public/favicon.ico': ico(await Promise.all([32, 16].map(async (size) => ({ size, bytes: await png(render(icon, size)) })))),
};

let stale = [];
for (const [relative, bytes] of Object.entries(files)) {
  const file = path.join(root, relative);
  if (check) {
    const committed = await readFile(file).catch(() => Buffer.alloc(0));
    if (!committed.equals(bytes)) stale.push(relative);
    continue;
  }
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, bytes);
  console.log(`${relative}  ${bytes.length} bytes`);
}
if (stale.length) {
  console.error(`out of date (run node scripts/make-icons.mjs): ${stale.join(', ')}`);
  process.exit(1);
}
