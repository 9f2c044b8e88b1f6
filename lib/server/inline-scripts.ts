import { createHash } from 'node:crypto';

/**
 * The inline scripts of an HTML page, delimited the way the browser's HTML parser delimits them,
 * so that their hashes are the ones the browser computes when it checks the page's
 * Content-Security-Policy: SHA-256 over the UTF-8 of the element's text as parsed — raw, with no
 * character references decoded, after the parser's newline normalisation (CR LF and CR become LF)
 * and with NUL read as U+FFFD.
 *
 * A tokenizer for documents we render, not a full HTML parser: it knows comments, quoted
 * attribute values, and the elements whose content is text rather than markup (so "<script>"
 * written inside <title>, <style> or <textarea> is not a script). It does not implement the
 * "escaped" states of script text (`<!--<script>` inside a script); React and our JSON-LD
 * escape "<" in inline scripts, so a script's text always ends at its first "</script".
 */

/** Elements whose content runs to their end tag as text. */
const TEXT_ELEMENTS = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);

const isNameChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9-]/.test(c);
const isSpace = (c: string | undefined) => c !== undefined && /[\t\n\f\r /]/.test(c);

interface Tag {
  /** Index just past the ">" that closes the tag. */
  end: number;
  hasSrc: boolean;
  /** The type attribute's value as written, if any. */
  type?: string;
}

/** The tag whose name ends at `from`: where it closes, whether it has a src attribute, its type. */
function readAttributes(html: string, from: number): Tag {
  let i = from;
  let hasSrc = false;
  let type: string | undefined;
  while (i < html.length) {
    const c = html[i]!;
    if (c === '>') return { end: i + 1, hasSrc, type };
    if (isSpace(c)) {
      i++;
      continue;
    }
    // An attribute: its name runs to whitespace, "/", ">" or "=".
    const nameStart = i;
    while (i < html.length && !/[\t\n\f\r />=]/.test(html[i]!)) i++;
    if (i === nameStart) i++; // a lone "=" where a name should be
    const attribute = html.slice(nameStart, i).toLowerCase();
    if (attribute === 'src') hasSrc = true;
    while (isSpace(html[i]) && html[i] !== '/') i++;
    if (html[i] !== '=') continue;
    i++;
    while (isSpace(html[i]) && html[i] !== '/') i++;
    const quote = html[i];
    const valueStart = quote === '"' || quote === "'" ? i + 1 : i;
    if (quote === '"' || quote === "'") {
      const close = html.indexOf(quote, i + 1);
      i = close === -1 ? html.length : close + 1;
    } else {
      while (i < html.length && !/[\t\n\f\r >]/.test(html[i]!)) i++;
    }
    if (attribute === 'type' && type === undefined) type = html.slice(valueStart, quote === '"' || quote === "'" ? i - 1 : i);
  }
  return { end: html.length, hasSrc, type };
}

/** "</name" in any letter case, one search per element name (its lastIndex is set before each use). */
const endTagStarts = new Map<string, RegExp>();

/**
 * Where the end tag of a text element begins ("</name" followed by whitespace, "/" or ">"), or the
 * document's end. Searched case-insensitively in the document itself: lower-casing a whole page
 * first (`html.toLowerCase()`) is fast in V8's interpreter but ran ≈ 100 ms per Arabic page once
 * the function was optimized — every cold render paid it.
 */
function endTag(html: string, name: string, from: number): number {
  let search = endTagStarts.get(name);
  if (!search) endTagStarts.set(name, (search = new RegExp(`</${name}`, 'gi')));
  search.lastIndex = from;
  for (let match = search.exec(html); match; match = search.exec(html)) {
    const after = html[match.index + 2 + name.length];
    if (after === undefined || after === '>' || isSpace(after)) return match.index;
    search.lastIndex = match.index + 1;
  }
  return html.length;
}

/**
 * A JSON data block (`application/ld+json`, `application/json`): the browser never runs it, so the
 * page's script-src need not list it — every hash is bytes in every answer's headers. Only JSON
 * types: import maps and speculation rules are not data blocks, and CSP does govern them.
 */
function isDataBlock(type: string | undefined): boolean {
  return type !== undefined && /^\s*application\/(?:[\w.-]+\+)?json\s*$/i.test(type);
}

/** The text of every inline <script> (no src attribute) the browser would run, in document order. */
export function inlineScripts(document: string): string[] {
  // The parser's input preprocessing, applied before anything is tokenized.
  const html = document.replace(/\r\n?/g, '\n');
  const scripts: string[] = [];
  let i = 0;
  while ((i = html.indexOf('<', i)) !== -1) {
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      i = close === -1 ? html.length : close + 3;
      continue;
    }
    if (html[i + 1] === '!' || html[i + 1] === '?' || html[i + 1] === '/') {
      const close = html.indexOf('>', i + 2);
      i = close === -1 ? html.length : close + 1;
      continue;
    }
    let nameEnd = i + 1;
    while (isNameChar(html[nameEnd])) nameEnd++;
    const name = html.slice(i + 1, nameEnd).toLowerCase();
    if (!name || !/[A-Za-z]/.test(name[0]!)) {
      i++;
      continue;
    }
    const { end, hasSrc, type } = readAttributes(html, nameEnd);
    if (!TEXT_ELEMENTS.has(name)) {
      i = end;
      continue;
    }
    const close = endTag(html, name, end);
    if (name === 'script' && !hasSrc && !isDataBlock(type)) scripts.push(html.slice(end, close).replace(/\0/g, '\uFFFD'));
    i = close;
  }
  return scripts;
}

/** A script's hash as a CSP source expression. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Each distinct inline script's hash, in document order: what the page's script-src must list. */
export function inlineScriptHashes(html: string): string[] {
  return [...new Set(inlineScripts(html).map(scriptHash))];
}
