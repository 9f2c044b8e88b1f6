/**
 * @jest-environment node
 */
import fs from 'node:fs';
import path from 'node:path';
import { codePointsOf, declaredUnicodeRange } from '@/scripts/unicode-range.mjs';
import { mappedCodePoints } from '../support/font-cmap';

const root = path.resolve(__dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(root, file));
const WEB_FONT = 'assets/web-font/noto-naskh-arabic-news.woff2';
const SOURCE = 'node_modules/@fontsource-variable/noto-naskh-arabic/files/noto-naskh-arabic-arabic-wght-normal.woff2';
const declared = new Set(codePointsOf(declaredUnicodeRange(read('app/fonts.ts').toString('utf8'))));
const hex = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')} ${String.fromCodePoint(c)}`;

/** Arabic-script characters (letters, marks, digits, punctuation, presentation forms) in a text. */
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/gu;

describe('the Arabic web font', () => {
  it('has a glyph for every character its unicode-range claims, and nothing more', async () => {
    // One at a time: the WOFF2 decoder (WebAssembly) is not re-entrant.
    const font = await mappedCodePoints(read(WEB_FONT));
    const source = await mappedCodePoints(read(SOURCE));
    // Claimed characters the upstream font draws must all be in the cut file (else rerun
    // scripts/subset-web-font.mjs); direction marks the font has no glyph for are fine.
    const missing = [...declared].filter((c) => source.has(c) && !font.has(c)).map(hex);
    expect(missing).toEqual([]);
    const extra = [...font].filter((c) => !declared.has(c) && c > 0x7f).map(hex);
    expect(extra).toEqual([]);
    expect(font.has(0x0628)).toBe(true); // ARABIC LETTER BEH, the commonest joining letter
  });

  it('covers every Arabic character of the site’s own words: its messages and its name (the stories’: integration/font-coverage)', () => {
    // A character outside the range is drawn by another font, which breaks the joining of the
    // letters around it: widen the range in app/fonts.ts and rerun scripts/subset-web-font.mjs.
    const files = ['content/site.json', 'messages/ar.json', 'messages/en.json'];
    const uncovered = new Map<string, string>();
    for (const file of files) {
      for (const [char] of read(file).toString('utf8').matchAll(ARABIC_SCRIPT)) {
        if (!declared.has(char.codePointAt(0)!)) uncovered.set(hex(char.codePointAt(0)!), file);
      }
    }
    expect(Object.fromEntries(uncovered)).toEqual({});
  });

  it('stays small: at most 32 KB for every Arabic weight from 400 to 700', () => {
    expect(read(WEB_FONT).length).toBeLessThanOrEqual(32 * 1024);
  });
});
