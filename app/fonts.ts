import localFont from 'next/font/local';

/**
 * Noto Naskh Arabic for all Arabic text: one variable file (weights 400–700), preloaded, 22.7 KB.
 * It is @fontsource-variable's Arabic file cut down to the characters Arabic news is written in
 * by scripts/subset-web-font.mjs, which reads the `unicode-range` below — the full file (94 KB,
 * every language in Arabic script) was the largest thing between a reader and the first paint.
 * Latin letters — "SpaceX" inside Arabic, and the English edition — use the reader's own serif
 * (Georgia and kin): a second web font would cost a request and a second text layout. The stacks
 * that put this face before or after the Latin one, per language, are in app/globals.css.
 *
 * No fallback list and no metric-adjusted fallback face (`adjustFontFallback: false`): next/font's
 * fallback face is local Arial with no unicode-range, so it drew every Latin letter and digit
 * before Georgia was ever reached, and the list it appended ('Noto Naskh Arabic' before `serif`)
 * drew Western digits and the colon in Arabic type inside English text wherever Noto Naskh is
 * installed (Android). With `display: optional` there is no late swap for adjusted metrics to soften.
 *
 * `display: optional`: the preloaded file is almost always there for the first paint; when it is
 * not, the page keeps the fallback rather than re-laying out every line of Arabic text when the
 * font arrives late (that reflow was the page's largest layout task and its only layout shift).
 *
 * The range: Arabic comma, semicolon, question mark and full stop; letters and tatweel; harakat
 * and hamza marks; Arabic-Indic digits and signs; superscript alef and alef wasla; the letters
 * Arabic borrows for foreign sounds (peh, tcheh, veh, keheh, gaf, farsi yeh); the six Quranic marks
 * a verse pasted from a Qur'an app uses most (U+06DF, U+06E1 for the sukun, U+06E2, the small waw
 * and yeh, U+06ED: 0.8 KB; a mark drawn by another font breaks its word's joins); the joiners and
 * direction marks. Other Arabic-script characters fall back to the reader's system Arabic font —
 * all the Quranic marks would add 5.7 KB (BENCHMARKS.md, "Quranic marks, measured").
 */
export const naskhArabic = localFont({
  src: '../assets/web-font/noto-naskh-arabic-news.woff2',
  weight: '400 700',
  style: 'normal',
  display: 'optional',
  preload: true,
  variable: '--font-naskh-arabic',
  adjustFontFallback: false,
  declarations: [
    {
      prop: 'unicode-range',
      value: 'U+060C, U+061B, U+061F, U+0621-063A, U+0640-0655, U+0660-066D, U+0670-0671, U+067E, U+0686, U+06A4, U+06A9, U+06AF, U+06CC, U+06D4, U+06DF, U+06E1-06E2, U+06E5-06E6, U+06ED, U+200C-200F',
    },
  ],
});
