/**
 * How often a misspelled word is respelled as the word the reader meant, through the site's own code
 * (lib/content/postgres/search.ts `respell`: pg_trgm's candidates, lib/search/respell's choice, the uses
 * counted by the database), by the kind of slip:
 *
 *   DATABASE_NAME=alwafd_plans npx tsx scripts/database.ts run --no-seed -- \
 *     npx tsx scripts/respell-bench.ts [--words 400] [--seed 1]
 *
 * Words are drawn from the database's own lexicon (every word a published story holds), --words per
 * edition, of the length respelling starts at; each is misspelled once, the slips taken in turn: a letter
 * missed, a letter typed twice, two letters swapped, a letter changed for a key beside it or for a letter
 * of the same sound (lib/search/typos), a letter changed for any other letter of its alphabet. A
 * misspelling that is itself a word of the lexicon is passed over (nothing is respelled then). Prints,
 * per slip and edition, how many came back as the word meant, as another word, or not at all, and what
 * a respelling took (p50 and p95 of every call, one at a time). Reads only.
 */
import { parseArgs } from 'node:util';
import { respell } from '@/lib/content/postgres/search';
import { query } from '@/lib/db/pool';
import type { Locale } from '@/lib/locales';
import { MIN_RESPELLED_LENGTH } from '@/lib/search/respell';
import { likelySubstitute } from '@/lib/search/typos';
import { Rng } from './lib/archive/random';

const { values } = parseArgs({ options: { words: { type: 'string', default: '400' }, seed: { type: 'string', default: '1' } } });
const perEdition = Number(values.words);
const rng = new Rng(Number(values.seed));

const ALPHABETS: Record<Locale, readonly string[]> = {
  ar: [...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'],
  en: [...'abcdefghijklmnopqrstuvwxyz'],
};
const SLIPS = ['missed', 'doubled', 'swapped', 'near', 'any other'] as const;
type Slip = (typeof SLIPS)[number];

/** One misspelling of `word` of the kind asked; undefined when the word has no such slip. */
function misspell(word: string, slip: Slip, alphabet: readonly string[]): string | undefined {
  const letters = [...word];
  const at = rng.int(0, letters.length - 1);
  const changed = (pick: (letter: string) => boolean) => {
    const options = alphabet.filter((letter) => letter !== letters[at] && pick(letter));
    return options.length ? [...letters.slice(0, at), rng.pick(options), ...letters.slice(at + 1)].join('') : undefined;
  };
  switch (slip) {
    case 'missed':
      return [...letters.slice(0, at), ...letters.slice(at + 1)].join('');
    case 'doubled':
      return [...letters.slice(0, at + 1), ...letters.slice(at)].join('');
    case 'swapped':
      if (at === letters.length - 1 || letters[at] === letters[at + 1]) return undefined;
      return [...letters.slice(0, at), letters[at + 1], letters[at], ...letters.slice(at + 2)].join('');
    case 'near':
      return changed((letter) => likelySubstitute(letter, letters[at]!));
    case 'any other':
      return changed((letter) => !likelySubstitute(letter, letters[at]!));
  }
}

const lexicon = new Set((await query<{ word: string }>('SELECT DISTINCT word FROM search_lexicon')).map((row) => row.word));
const editionOf = (word: string): Locale | undefined => (/^[\u0621-\u064A]+$/.test(word) ? 'ar' : /^[a-z]+$/.test(word) ? 'en' : undefined);
const tally = new Map<string, { meant: number; other: number; none: number }>();
const times: number[] = [];
for (const locale of ['ar', 'en'] as const) {
  const known = [...lexicon].filter((word) => editionOf(word) === locale && [...word].length > MIN_RESPELLED_LENGTH).sort();
  for (let i = 0; i < perEdition && known.length; i++) {
    const word = rng.pick(known);
    const slip = SLIPS[i % SLIPS.length]!;
    const typed = misspell(word, slip, ALPHABETS[locale]);
    if (!typed || lexicon.has(typed)) continue;
    const asked = performance.now();
    const answer = (await respell([typed], locale))?.[0];
    times.push(performance.now() - asked);
    const key = `${locale} ${slip}`;
    const counts = tally.get(key) ?? { meant: 0, other: 0, none: 0 };
    counts[answer === word ? 'meant' : answer ? 'other' : 'none']++;
    tally.set(key, counts);
  }
}
const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2);
console.log(`${lexicon.size} words in the lexicon; ${times.length} respellings, p50 ${at(0.5)} ms, p95 ${at(0.95)} ms`);
console.log('edition slip        misspelt  as meant        as another      not respelled');
for (const [key, { meant, other, none }] of tally) {
  const all = meant + other + none;
  console.log(`${key.padEnd(20)} ${String(all).padStart(4)}  ${`${meant} (${percent(meant, all)})`.padEnd(15)} ${`${other} (${percent(other, all)})`.padEnd(15)} ${none} (${percent(none, all)})`);
}
process.exit(0);
