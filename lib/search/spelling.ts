import { RUN } from './highlight';
import { hasLatinLetter } from './latin-names';
import { DROPPED, words } from './normalize';
import { similarity } from './trigram';

/**
 * The "did you mean" of a search that found nothing as typed, written as a reader writes: the words
 * that were kept stay as the reader typed them, and each replaced word is spelled as the stories found
 * spell it — the shortest way a headline or summary writes it (so «مدرسة», not the index's «مدرسه»,
 * nor «والمدرسة»). When no headline or summary shows a replaced word (it was found in a body), its
 * written form is unknown — the index's «تساولات» is not how anyone writes «تساؤلات» — so there is
 * no suggestion to show: undefined, and the page says it searched the closest words without naming them.
 *
 * `corrected` is the search's respelled query in the index's spelling (lib/content: respell, or a
 * name in Latin letters put in place of the reader's Arabic spelling of it), its
 * words in the order of the query's, each once; `texts` the found stories' headlines and summaries.
 */
export function correctedAsWritten(query: string, corrected: string, texts: readonly string[]): string | undefined {
  const kept = [...new Set(corrected.split(' ').filter(Boolean))];
  const runs = query.match(RUN) ?? [];
  const typedRight = new Set(runs.flatMap(words).filter((term) => kept.includes(term)));
  const untyped = kept.filter((term) => !typedRight.has(term));
  const used = new Set<string>();
  const shown: string[] = [];
  for (const run of runs) {
    const terms = words(run);
    if (terms.every((term) => kept.includes(term))) {
      shown.push(run);
      terms.forEach((term) => used.add(term));
      continue;
    }
    // The respelled word this one became: the most alike of the query's respelled words (the list
    // is one of each, so two typings of one word share it, and its order is not the reader's).
    // A name the stories write in Latin letters shares no trigram with the Arabic words it was typed in
    // («سبيس» and "spacex", lib/search/latin-names): it is the next such word of the search, in order.
    // Last, a word also typed right (the reader wrote it twice, once misspelled). Shown once: two
    // typed words can become one («سبيس إكس» is "SpaceX").
    const word = terms.join('');
    const replacement =
      mostAlike(word, untyped) ?? untyped.find((term) => !used.has(term) && hasLatinLetter(term) !== hasLatinLetter(run)) ?? mostAlike(word, [...typedRight]);
    if (replacement === undefined || used.has(replacement)) continue;
    used.add(replacement);
    const written = asWritten(replacement, texts);
    if (written === undefined) return undefined;
    // A reader who typed in lower case is answered in lower case ("economy", not a headline's "Economy");
    // one who typed in letters without case («سبيس») gets the name as the stories write it ("SpaceX").
    shown.push(/\p{Ll}/u.test(run) && run === run.toLowerCase() ? written.toLowerCase() : written);
  }
  // A respelled word no typed word led to is still shown, never lost.
  for (const word of kept.filter((w) => !used.has(w))) {
    const written = asWritten(word, texts);
    if (written === undefined) return undefined;
    shown.push(written);
  }
  return shown.join(' ');
}

/** The candidate sharing most trigrams with `word`; undefined when none shares any. */
function mostAlike(word: string, candidates: readonly string[]): string | undefined {
  let best: { word: string; score: number } | undefined;
  for (const candidate of candidates) {
    const score = similarity(word, candidate);
    if (score > 0 && (!best || score > best.score)) best = { word: candidate, score };
  }
  return best?.word;
}

function asWritten(word: string, texts: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const text of texts) {
    for (const run of text.match(RUN) ?? []) {
      // Shown bare, as a reader types it: no harakat or tatweel (what folding drops).
      const bare = run.replace(DROPPED, '');
      if ((best === undefined || bare.length < best.length) && words(run).includes(word)) best = bare;
    }
  }
  return best;
}
