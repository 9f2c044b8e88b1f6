/**
 * Text that came from outside (an editor, a URL) before it reaches a reader. Bidirectional
 * embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) can reverse what a
 * reader sees — "gpj.exe" drawn as "exe.jpg" — and an unclosed one leaks into whatever follows
 * it (a <title>, a feed, a card). Content is refused when it carries them (the schemas), and every
 * place that prints outside text neutralises them as well. The marks Arabic text legitimately
 * needs stay: RIGHT-TO-LEFT MARK U+200F, LEFT-TO-RIGHT MARK U+200E and ARABIC LETTER MARK U+061C.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function hasBidiControls(text: string): boolean {
  return /[\u202A-\u202E\u2066-\u2069]/.test(text);
}

/** The text without bidi embedding/override/isolate controls. */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/**
 * Text of unknown direction set inside a sentence of plain text (a <title>): its controls removed,
 * then the whole of it isolated (FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE), so "Hello!" in an
 * Arabic title stays "Hello!", not "!Hello". In HTML the same is a <bdi>.
 */
export function isolated(text: string): string {
  return `\u2068${withoutBidiControls(text)}\u2069`;
}
