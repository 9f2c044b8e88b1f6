/**
 * The web font is cut to the characters app/fonts.ts declares (scripts/subset-web-font.mjs). A
 * character outside that range is drawn by another font, which breaks the joining of the letters
 * around it. The content the site ships with — the stories, sections, writers and masthead that
 * every fresh database is started from (content/) — must be drawn by it whole. (The site's own
 * words, its messages, are checked by the unit test __tests__/app/fonts.test.ts.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { codePointsOf, declaredUnicodeRange } from '@/scripts/unicode-range.mjs';

const root = path.resolve(__dirname, '../..');
const declared = new Set(codePointsOf(declaredUnicodeRange(fs.readFileSync(path.join(root, 'app/fonts.ts'), 'utf8'))));
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/gu;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

it('covers every Arabic character of the content the site starts with', () => {
  const files = filesUnder('content').filter((file) => /\.(md|json)$/.test(file));
  expect(files).toContain(path.join('content', 'articles', '1001-spacex-ipo.md'));
  const uncovered = new Map<string, string>();
  for (const file of files) {
    for (const [char] of fs.readFileSync(path.join(root, file), 'utf8').matchAll(ARABIC_SCRIPT)) {
      const code = char.codePointAt(0)!;
      if (!declared.has(code)) uncovered.set(`U+${code.toString(16).toUpperCase().padStart(4, '0')} ${char}`, file);
    }
  }
  expect(Object.fromEntries(uncovered)).toEqual({});
});
