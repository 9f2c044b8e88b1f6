/** XML helpers for the feed and sitemap tests: a strict parse and child text. */

/** Parses XML strictly (jsdom's DOMParser); a document that is not well-formed throws with the parser's message. */
export function parseXml(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`Not well-formed XML: ${error.textContent}`);
  return doc;
}

/** Text of the first direct child element named `name`. */
export function childText(parent: Element, name: string): string | undefined {
  return [...parent.children].find((c) => c.tagName === name)?.textContent ?? undefined;
}

/** An instant as the content schema wants it (ISO-8601 with an offset), here +00:00. */
export function isoAt(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}
