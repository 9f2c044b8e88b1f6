/**
 * How search reads text: the TypeScript mirror of the database's own functions
 * (alwafd_search_fold, alwafd_search_words, alwafd_search_stems in
 * cms/migrations/20261129_120000_search.ts, 20261130_160000_search_stems_waw.ts and
 * 20261201_090000_search_quranic_marks.ts). The database indexes every story and reads every
 * query with those, whatever wrote the row; this mirror exists for what happens outside the
 * database — highlighting the matched words in a result, the in-memory source of unit tests — and
 * __tests__/integration/search.test.ts checks that both give the same terms for the same corpus.
 * A change here needs the same change there (a new migration), or that test fails.
 *
 * Three steps, the same for an article and for a query:
 * 1. fold: NFKC, lower case, one spelling per Arabic letter, no tatweel, harakat or Quranic marks, digits 0–9;
 * 2. words: split into words, drop stop-words, single letters and overlong runs, and the article
 *    and prepositions written joined to a word (ال وال بال كال فال لل) — the whole-word terms;
 * 3. stems: strip a joined و and the common suffixes of those words (Arabic: Larkey's light10;
 *    English: Harman's S-stemmer) — the stemmed terms, which match more forms of a word
 *    (cms/migrations/20261130_160000_search_stems_waw.ts).
 */

/** Letters folded to one spelling: every alef with hamza or madda and alef wasla, alef maqsura, teh marbuta, hamza on waw and yeh, and the Persian keyboard's yeh and keheh. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  'آ': 'ا',
  'أ': 'ا',
  'إ': 'ا',
  'ٱ': 'ا',
  'ى': 'ي',
  'ة': 'ه',
  'ؤ': 'و',
  'ئ': 'ي',
  'ی': 'ي',
  'ک': 'ك',
};
const FOLDED_LETTERS = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

/**
 * Never part of the word: tatweel, the harakat and marks U+064B–U+065F, the superscript alef, and the
 * Quranic annotation marks a Qur'an app's Uthmani text carries (U+06D6–U+06DC, U+06DF–U+06E8,
 * U+06EA–U+06ED: pause signs, the small high and low letters, the small waw and yeh, the dotless head
 * of khah written as sukun), so such a word folds as it does with ordinary harakat. Three signs of that
 * block are not marks on a letter but signs between words, and stay separators: the end of ayah U+06DD
 * (before the verse's number), the rub el hizb U+06DE and the place of sajdah U+06E9 — dropped, they
 * would glue the words on either side, or a word and the verse's number, into one term.
 * cms/migrations/20261201_090000_search_quranic_marks.ts does the same in the database.
 * And every combining mark of the extended Arabic blocks (U+0897–U+089F, U+08CA–U+08E1, U+08E3–U+08FF):
 * the open tanween U+08F0–U+08F2 the King Fahd Complex's Qur'an text writes where others write the
 * tanween of the harakat, and the signs of that text and of other orthographies. U+08E2, the disputed end
 * of ayah, separates words like U+06DD (cms/migrations/20261203_100000_search_extended_marks.ts).
 */
export const DROPPED = /[\u0640\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0897-\u089F\u08CA-\u08E1\u08E3-\u08FF]/g;

/**
 * The zero of every decimal digit system in Unicode 17 (each runs zero to nine, consecutively).
 * A test checks that every \p{Nd} character this engine knows is covered.
 */
export const DIGIT_ZEROS: readonly number[] = [
  0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090,
  0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0,
  0xff10, 0x104a0, 0x10d30, 0x10d40, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x116d0, 0x116da,
  0x11730, 0x118e0, 0x11950, 0x11bf0, 0x11c50, 0x11d50, 0x11da0, 0x11de0, 0x11f50, 0x16130, 0x16a60, 0x16ac0, 0x16b50, 0x16d70, 0x1ccf0,
  0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e5f1, 0x1e950, 0x1fbf0,
];
const DIGIT_VALUES = new Map<string, string>(DIGIT_ZEROS.flatMap((zero) => Array.from({ length: 10 }, (_, i) => [String.fromCodePoint(zero + i), String(i)] as const)));

/** The Arabic alphabet's letters, hamza to yeh without tatweel (ء–غ, ف–ي): most of every story's words are made of these alone. */
const ARABIC_LETTERS = '\u0621-\u063A\u0641-\u064A';

/** Characters words are made of, once folded: Latin and Arabic-script letters, digits. Everything else separates words. */
const WORD = new RegExp(`[0-9a-zß-öø-ÿ\u0100-\u024F${ARABIC_LETTERS}\u066E-\u06D3\u06FA-\u06FF]+`, 'g');

/** A run longer than this is not a word anyone searches for (and the index refuses lexemes past 2 KB). */
export const MAX_WORD_LENGTH = 60;

/**
 * Words too common to find anything by, in their folded spelling. Left out on purpose: علي, which
 * folding makes of both على ("on") and the name Ali — a reader must be able to search for Ali.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // Arabic
  'في', 'من', 'الي', 'عن', 'ان', 'او', 'ثم', 'حتي', 'مع', 'هذا', 'هذه', 'ذلك', 'تلك', 'هولاء', 'التي', 'الذي', 'الذين', 'اللذين',
  'اللتين', 'اللاتي', 'اللواتي', 'كان', 'كانت', 'يكون', 'تكون', 'كانوا', 'قد', 'لقد', 'لا', 'لم', 'لن', 'ما', 'ماذا', 'متي', 'اين', 'كيف',
  'هل', 'هو', 'هي', 'هم', 'هن', 'هما', 'انا', 'نحن', 'انت', 'انتم', 'انه', 'انها', 'انهم', 'كل', 'بعض', 'غير', 'بين', 'عند', 'عندما',
  'كما', 'لكن', 'بل', 'اذا', 'اذ', 'لو', 'اي', 'ايضا', 'منذ', 'خلال', 'بعد', 'قبل', 'حيث', 'عليه', 'عليها', 'عليهم', 'فيه', 'فيها',
  'فيهم', 'منه', 'منها', 'منهم', 'له', 'لها', 'لهم', 'به', 'بها', 'بهم', 'الا', 'ولا', 'وقد', 'وهو', 'وهي', 'وفي', 'ومن', 'وان',
  'وكان', 'وكانت', 'يا',
  // English
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'for', 'from', 'had', 'has', 'have', 'he', 'her', 'his', 'i', 'in',
  'into', 'is', 'it', 'its', 'of', 'on', 'or', 'she', 'that', 'the', 'their', 'them', 'they', 'this', 'to', 'was', 'we', 'were',
  'which', 'who', 'with', 'you',
]);

/**
 * The article and the prepositions and conjunctions written joined to it. Only stripped when
 * enough of the word remains: two letters after ال and لل, three after the longer ones — so والدة
 * ("mother") stays itself instead of becoming ده.
 */
const CLITICS: readonly (readonly [string, number])[] = [
  ['وال', 3],
  ['بال', 3],
  ['كال', 3],
  ['فال', 3],
  ['ال', 2],
  ['لل', 2],
];

/** Arabic suffixes, stripped in this order, each once, when two letters remain (light10, after folding ة → ه). */
const ARABIC_SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

/**
 * Text of those letters alone: NFKC, lower case, the dropped marks and the digits leave it as it is,
 * so folding it is the letter folds alone — a sixth of the work.
 */
const PLAIN_ARABIC = new RegExp(`^[${ARABIC_LETTERS}]*$`);

/** NFKC, lower case, one spelling per letter, no tatweel or harakat, every digit system as 0–9. */
export function fold(text: string): string {
  if (PLAIN_ARABIC.test(text)) return text.replace(FOLDED_LETTERS, (letter) => LETTER_FOLDS[letter]!);
  return text
    .normalize('NFKC')
    // JavaScript lowers İ to i and a combining dot; PostgreSQL (towlower) to a plain i.
    .replace(/\u0130/g, 'i')
    .toLowerCase()
    .replace(FOLDED_LETTERS, (letter) => LETTER_FOLDS[letter]!)
    .replace(DROPPED, '')
    .replace(/\p{Nd}/gu, (digit) => DIGIT_VALUES.get(digit) ?? digit);
}

function withoutClitic(word: string): string {
  for (const [clitic, rest] of CLITICS) {
    if (word.startsWith(clitic) && word.length - clitic.length >= rest) return word.slice(clitic.length);
  }
  return word;
}

const keeps = (word: string) => !STOP_WORDS.has(word) && (word.length > 1 || /^[0-9]$/.test(word)) && word.length <= MAX_WORD_LENGTH;

/**
 * The first words of the compound names Egyptian papers write both joined and apart — «عبد الفتاح» and
 * «عبدالفتاح», «أبو ظبي» and «أبوظبي», «أبو تريكة» and «أبوتريكة» — folded, with the conjunction و they may carry.
 */
const COMPOUND_HEAD = /^و?(?:عبد|ابو)$/;
/** A compound written joined: its first word and at least three letters more (so «أبوها», «عبده» are not). */
const JOINED_COMPOUND = new RegExp(`^و?(?:عبد|ابو)([${ARABIC_LETTERS}]{3,})$`);
const ARABIC_WORD = new RegExp(`^[${ARABIC_LETTERS}]+$`);

/** Whether a folded word is the first of a compound name when an Arabic word follows it (highlighting asks). */
export function startsCompound(word: string): boolean {
  return COMPOUND_HEAD.test(word);
}

/**
 * A compound name gives the same terms however it is written: apart, its first word joins the next
 * («عبد الفتاح» → عبدالفتاح, and الفتاح as itself); joined, it also gives what follows its first word
 * («عبدالفتاح» → عبدالفتاح and الفتاح). So a reader who types it either way finds the stories that
 * write it either way (cms/migrations/20261205_130000_search_compound_names.ts does the same in the database).
 */
function withCompounds(tokens: readonly string[]): string[] {
  return tokens.flatMap((token, i) => {
    const next = tokens[i + 1];
    if (next !== undefined && COMPOUND_HEAD.test(token) && ARABIC_WORD.test(next)) return [token + next];
    const rest = JOINED_COMPOUND.exec(token)?.[1];
    return rest ? [token, rest] : [token];
  });
}

/** The whole-word terms of a text, in order (repeats kept): what a reader typed, as the index spells it. */
export function words(text: string): string[] {
  return withCompounds(fold(text).match(WORD) ?? []).filter(keeps).map(withoutClitic);
}

/**
 * The conjunction و joined to a word, with the preposition and article it may carry (وبال وكال وفال
 * ولل; وال went with the words' clitics): stripped when as much remains as those would leave.
 */
const JOINED_WAW = /^و(?:(?:بال|كال|فال)(?=.{3})|لل(?=.{2})|(?=.{3}))/u;

/**
 * A whole word's stem: a joined و (light10's prefix, with what follows it), then Arabic suffixes
 * (light10), then English plurals (Harman's S-stemmer), each leaving a stem long enough to mean
 * something — so «ومصر» stems as «مصر» and «وبالطاقة» as «الطاقة» does.
 */
export function stem(word: string): string {
  let w = word.replace(JOINED_WAW, '');
  for (const suffix of ARABIC_SUFFIXES) {
    if (w.length >= suffix.length + 2 && w.endsWith(suffix)) w = w.slice(0, -suffix.length);
  }
  if (w.length >= 6 && w.endsWith('ies') && !/[ae]$/.test(w.slice(0, -3))) w = `${w.slice(0, -3)}y`;
  if (w.length >= 5 && w.endsWith('es') && !/[aeo]$/.test(w.slice(0, -2))) w = w.slice(0, -1);
  if (w.length >= 4 && w.endsWith('s') && !/[us]$/.test(w.slice(0, -1))) w = w.slice(0, -1);
  return w;
}

/** What a text is indexed or searched by: its whole words and their stems, each once. */
export interface Terms {
  words: string[];
  stems: string[];
}

/**
 * The text with the hamza's seat left out — ؤ and ئ read as ء — for its stems: Egyptian papers write
 * «مسئولية» where the standard is «مسؤولية», and the whole words keep the two apart (folding makes them
 * مسووليه and مسيوليه) while the stems match both (cms/migrations/20261130_170000_search_hamza_seats.ts,
 * alwafd_search_seatless).
 */
export function seatless(text: string): string {
  return text.normalize('NFKC').replace(/[ؤئ]/g, 'ء');
}

/** Whole words as typed (the first three sets), and stems of the seatless words (the fourth). */
export function terms(text: string): Terms {
  return { words: [...new Set(words(text))], stems: [...new Set(words(seatless(text)).map(stem))] };
}
