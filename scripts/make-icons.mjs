#!/usr/bin/env node
/**
 * Renders the paper's mark (app/icon.svg — the same drawing as components/layout/LogoMark.tsx)
 * into the PNG icons that browsers and phones ask for. Run once after changing the mark, and
 * commit the output:
 *
 *   node scripts/make-icons.mjs
 *
 *   app/apple-icon.png               180×180, opaque: iOS rounds the corners itself and would
 *                                    show transparent corners as black, so they are filled red
 *   public/icons/icon-192.png        the mark as drawn (rounded, transparent corners), manifest "any"
 *   public/icons/icon-512.png
 *   public/icons/icon-maskable-512.png  red to the edges with the mark at 80% in the middle, so the
 *                                    bars stay inside the safe zone whatever mask Android applies
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const svg = await readFile(path.join(root, 'app', 'icon.svg'));
const site = JSON.parse(await readFile(path.join(root, 'content', 'site.json'), 'utf8'));
const brand = site.brand.primary;

// Rasterise from the vector at the target size (density scales the 48-unit viewBox), never upscale a bitmap.
const render = (size) => sharp(svg, { density: (72 * size) / 48 }).resize(size, size);
const png = (image) => image.png({ compressionLevel: 9 });

async function write(relative, image) {
  const file = path.join(root, relative);
  await mkdir(path.dirname(file), { recursive: true });
  const { width, height, size } = await png(image).toFile(file);
  console.log(`${relative}  ${width}×${height}  ${size} bytes`);
}

await write('app/apple-icon.png', render(180).flatten({ background: brand }));
await write('public/icons/icon-192.png', render(192));
await write('public/icons/icon-512.png', render(512));

const inner = await render(410).flatten({ background: brand }).png().toBuffer();
await write(
  'public/icons/icon-maskable-512.png',
  sharp({ create: { width: 512, height: 512, channels: 4, background: brand } }).composite([{ input: inner, gravity: 'centre' }]),
);
