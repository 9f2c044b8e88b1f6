#!/usr/bin/env node
/**
 * npm run screenshots:keep — copies the screenshots the last browser run took (test-results/screenshots/,
 * written by e2e/screenshots.spec.ts, breaking.spec.ts and print.spec.ts) over the ones kept in
 * e2e/screenshots/, once someone has looked at them. They are stored as 256-colour PNGs: a third of
 * the bytes of the captures (29.8 → 10.4 MB for the 48 pages' shots), text and rules still sharp, the
 * photographs dithered — they are kept to show what each page looked like, not to compare pixels.
 *
 * A run filtered to some tests (or one where some failed) took only some shots: the others stay as
 * kept. `--prune` also deletes kept shots the last run did not take — for after a whole run, when a
 * page is no longer shot — and names each.
 *
 *   npm run test:e2e && npm run screenshots:keep -- --prune
 *   npm run test:e2e -- --no-deps e2e/screenshots.spec.ts -g article && npm run screenshots:keep
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
if (process.argv.includes('--prune')) {
  for (const name of fs.readdirSync(kept)) {
    if (!name.endsWith('.png') || shots.includes(name)) continue;
    fs.rmSync(path.join(kept, name));
    console.log(`deleted e2e/screenshots/${name}: not taken by the last run`);
  }
}

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
console.log(`kept ${shots.length} screenshots in e2e/screenshots/: ${mb(before)} MB taken → ${mb(after)} MB stored (${fs.readdirSync(kept).filter((name) => name.endsWith('.png')).length} kept in all)`);
