#!/usr/bin/env node
/**
 * npm run screenshots:keep — replaces the screenshots kept in e2e/screenshots/ with the ones the last
 * browser run took (test-results/screenshots/, written by e2e/screenshots.spec.ts), once someone
 * has looked at them. They are stored as 256-colour PNGs: a third of the bytes of the captures
 * (29.8 → 10.4 MB for the 48 shots), text and rules still sharp, the photographs dithered — they are
 * kept to show what each page looked like, not to compare pixels.
 *
 *   npm run test:e2e -- e2e/screenshots.spec.ts && npm run screenshots:keep
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

const root = path.resolve(import.meta.dirname, '..');
const taken = path.join(root, 'test-results', 'screenshots');
const kept = path.join(root, 'e2e', 'screenshots');

const shots = fs.existsSync(taken) ? fs.readdirSync(taken).filter((name) => name.endsWith('.png')).sort() : [];
if (shots.length === 0) {
  console.error(`No screenshots in ${path.relative(root, taken)}/: run the browser tests first (npm run test:e2e -- e2e/screenshots.spec.ts).`);
  process.exit(1);
}

fs.mkdirSync(kept, { recursive: true });
// A page no longer shot must not linger as if it were current.
for (const name of fs.readdirSync(kept)) if (name.endsWith('.png') && !shots.includes(name)) fs.rmSync(path.join(kept, name));

let before = 0;
let after = 0;
for (const name of shots) {
  const source = path.join(taken, name);
  const png = await sharp(source).png({ palette: true, quality: 90, effort: 10, compressionLevel: 9 }).toBuffer();
  fs.writeFileSync(path.join(kept, name), png);
  before += fs.statSync(source).size;
  after += png.length;
}
const mb = (bytes) => (bytes / 1e6).toFixed(1);
console.log(`kept ${shots.length} screenshots in e2e/screenshots/: ${mb(before)} MB taken → ${mb(after)} MB stored`);
