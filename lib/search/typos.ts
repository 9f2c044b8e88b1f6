import { fold } from './normalize';

/**
 * Which letter a typist puts in place of another: a key beside it, or a letter that sounds the same.
 * Respelling (lib/search/respell) counts a changed letter as one slip whatever it became, so «تسلا» was
 * as close to «تسلم» as to «تسلل» and "spacx" as close to "space" as to "spacex"; of equally close
 * words, the one a typist could have made is the one meant — a finger lands on a neighbouring key, it
 * does not jump across the keyboard.
 *
 * The keys as laid out on the physical rows, each row shifted right of the one above it by part of a
 * key (so a key touches the one before and after it in its row, the two above it at its own position
 * and the next, and the two below at the one before and its own): the Arabic (101) layout of Windows and
 * macOS, whose letter rows phone keyboards mostly follow, and US QWERTY. Letters are folded as
 * search folds them (ة → ه, ى and ئ → ي, ؤ → و), so a folded letter has the neighbours of every key
 * that types it; the «لا» key types two letters, never a substitute for one, and holds its place empty.
 */
const KEYBOARDS: readonly (readonly (readonly string[])[])[] = [
  [[...'ضصثقفغعهخحجد'], [...'شسيبلاتنمكط'], ['ئ', 'ء', 'ؤ', 'ر', '', 'ى', 'ة', 'و', 'ز', 'ظ']],
  [[...'qwertyuiop'], [...'asdfghjkl'], [...'zxcvbnm']],
];

/**
 * Letters written for one another by sound, as Egyptian readers type them: the emphatic and the plain
 * (ض ظ د, ص س, ط ت), and the interdentals Egyptian speech makes stops or sibilants (ذ د ز, ث ت س).
 * English: c for k or s, i for y, s for z.
 */
const SOUND_ALIKE: readonly string[] = ['ضظد', 'ذدز', 'ثتس', 'صس', 'طت', 'ck', 'cs', 'iy', 'sz'];

function pairKey(a: string, b: string): string {
  return a < b ? `${a}${b}` : `${b}${a}`;
}

function buildLikelySubstitutes(): ReadonlySet<string> {
  const pairs = new Set<string>();
  const add = (a: string, b: string) => {
    const [x, y] = [fold(a), fold(b)];
    if (x && y && x !== y) pairs.add(pairKey(x, y));
  };
  for (const rows of KEYBOARDS) {
    rows.forEach((row, r) =>
      row.forEach((key, i) => {
        if (!key) return;
        add(key, row[i + 1] ?? '');
        // The row below sits half a key to the right: this key touches its keys at i - 1 and i.
        const below = rows[r + 1] ?? [];
        add(key, below[i - 1] ?? '');
        add(key, below[i] ?? '');
      }),
    );
  }
  for (const group of SOUND_ALIKE) {
    const letters = [...group];
    letters.forEach((a, i) => letters.slice(i + 1).forEach((b) => add(a, b)));
  }
  return pairs;
}

const LIKELY_SUBSTITUTES = buildLikelySubstitutes();

/** Whether a typist who meant `intended` could have typed `typed` instead (both folded letters): a neighbouring key, or a letter of the same sound. */
export function likelySubstitute(typed: string, intended: string): boolean {
  return typed === intended || LIKELY_SUBSTITUTES.has(pairKey(typed, intended));
}
