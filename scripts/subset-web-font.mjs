#!/usr/bin/env node
/**
 * Cuts the site's Arabic web font down to the characters Arabic news is written in.
 *
 * @fontsource's "arabic" file (94 KB) covers every language written in Arabic script — Urdu,
 * Persian, Sindhi, Quranic marks, presentation forms. An Egyptian daily uses the Arabic letters,
 * harakat, Arabic-Indic digits, Arabic punctuation and the few extra letters used for foreign
 * sounds (peh, tcheh, veh, gaf, keheh, farsi yeh); those alone are ~22 KB with the weight axis (400–700) intact. The glyphs
 * the font's shaping rules reach from them (joining forms, lam-alef, mark positions) are kept.
 *
 * The character set is the `unicode-range` declared in app/fonts.ts — one source of truth: the
 * browser asks for this file for exactly those characters, and anything else (a rare Urdu
 * letter in a quotation) is drawn by the reader's own Arabic font instead of a missing glyph.
 *
 *   node scripts/subset-web-font.mjs     # rewrites assets/web-font/noto-naskh-arabic-news.woff2
 *
 * Run it after changing the unicode-range or upgrading @fontsource-variable/noto-naskh-arabic;
 * __tests__/app/fonts.test.ts fails when the committed file and the declared range disagree.
 */
import fs from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';
import { codePointsOf, declaredUnicodeRange } from './unicode-range.mjs';

const root = path.resolve(import.meta.dirname, '..');
const SOURCE = path.join(root, 'node_modules/@fontsource-variable/noto-naskh-arabic/files/noto-naskh-arabic-arabic-wght-normal.woff2');
const OUTPUT = path.join(root, 'assets/web-font/noto-naskh-arabic-news.woff2');

const range = declaredUnicodeRange(fs.readFileSync(path.join(root, 'app/fonts.ts'), 'utf8'));
const text = String.fromCodePoint(...codePointsOf(range));
const font = await subsetFont(fs.readFileSync(SOURCE), text, { targetFormat: 'woff2' });
fs.writeFileSync(OUTPUT, font);
console.log(`${path.relative(root, OUTPUT)}: ${font.length} bytes for ${text.length} characters (from ${fs.statSync(SOURCE).size} bytes)`);
