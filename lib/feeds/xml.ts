/**
 * Text → XML, for the feeds and the news sitemap, which are written by hand (no XML library in
 * the bundle). Everything an editor typed goes through `escapeXml`: a headline such as
 * `</title><script>` must stay text, and a stray control character must not make the whole
 * document unparseable (XML 1.0 forbids them even escaped), so those are dropped.
 */

import { BIDI_CONTROLS, withoutBidiControls } from '@/lib/text';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const MARKUP = new RegExp(`[${Object.keys(ENTITIES).join('')}]`, 'g');

// XML 1.0 Char production: tab, LF, CR, and the printable planes; lone surrogates are not characters.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Anything escapeXml changes — a markup character, a character XML cannot hold, a bidi control — made
 * from the same lists it uses. Most of what a sitemap writes (its 4,000 addresses and dates a file) has
 * none, and one test costs less than three replaces.
 */
const NEEDS_ESCAPING = new RegExp(`${MARKUP.source}|${INVALID_XML_CHARS.source}|${BIDI_CONTROLS.source}`);

/** Also drops bidi embedding/override controls: a feed reader must show the words as written (lib/text). */
export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPING.test(text)) return text;
  return withoutBidiControls(text).replace(INVALID_XML_CHARS, '').replace(MARKUP, (c) => ENTITIES[c]!);
}

/** `<name>text</name>` with the text escaped. */
export function element(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}
