#!/usr/bin/env node
/**
 * Draws the placeholder portraits of the sample columnists: a plain silhouette of a head and
 * shoulders, no face and no text — a drawing that cannot be taken for a photograph of anyone,
 * rendered by sharp to public/images/writers/<slug>.webp at 400×400. Real columnists get their
 * own photographs, uploaded in the CMS. The alt text that says what this is lives in
 * content/newsroom.json beside the writer.
 *
 *   node scripts/make-writer-portraits.mjs
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

const SIZE = 400;
const outDir = path.join(import.meta.dirname, '..', 'public', 'images', 'writers');

/** Sand background, the silhouette in a warm grey, a thin ring in the paper's red. */
function silhouette({ background, figure, ring }) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">
  <rect width="${SIZE}" height="${SIZE}" fill="${background}"/>
  <circle cx="200" cy="200" r="188" fill="none" stroke="${ring}" stroke-width="6" opacity="0.55"/>
  <path d="M70 400 C70 300 128 262 200 262 C272 262 330 300 330 400 Z" fill="${figure}"/>
  <ellipse cx="200" cy="165" rx="70" ry="80" fill="${figure}"/>
  <path d="M126 170 C120 96 160 70 200 70 C246 70 284 100 274 176 C262 140 236 116 200 114 C162 116 138 138 126 170 Z" fill="${figure}" opacity="0.85"/>
</svg>`;
}

const portraits = [{ slug: 'salma-abdelhamid', colours: { background: '#efe8dc', figure: '#8c8279', ring: '#b3121b' } }];

await mkdir(outDir, { recursive: true });
for (const { slug, colours } of portraits) {
  const source = silhouette(colours);
  if (/<text[\s>]/.test(source)) throw new Error(`${slug}: portraits must not contain text`);
  const webp = await sharp(Buffer.from(source)).resize(SIZE, SIZE).webp({ quality: 80, effort: 6 }).toBuffer();
  const file = path.join(outDir, `${slug}.webp`);
  await writeFile(file, webp);
  console.log(`✓ ${path.relative(process.cwd(), file)}  ${SIZE}×${SIZE}  ${(webp.length / 1000).toFixed(1)} KB`);
}
