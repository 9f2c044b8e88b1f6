/** Whether a text parses as JSON (the CMS's routes refuse what Payload's parsers would throw on: 500). */
export function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Text a database cannot keep as it was sent, and why. */
export type Unstorable = { path: string; problem: 'nul' } | { path: string; problem: 'half'; code: string };

/**
 * Where in a parsed JSON value a text holds what PostgreSQL cannot keep, as the field's path ("email",
 * "body.root.children.0.children.0.text"); undefined if none does. U+0000: text cannot hold it (its
 * save or lookup failed: 500). Half of a character — a surrogate without its pair, which JSON can
 * write (`"\ud800"`) and no text is: in a story's body the database refused it (500); in a headline
 * the driver put U+FFFD in its place and stored that.
 */
export function unstorableText(value: unknown, at: readonly string[] = []): Unstorable | undefined {
  if (typeof value === 'string') {
    if (value.includes('\0')) return { path: at.join('.'), problem: 'nul' };
    if (value.isWellFormed()) return undefined;
    const half = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(value)![0];
    return { path: at.join('.'), problem: 'half', code: half.charCodeAt(0).toString(16).toUpperCase() };
  }
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = unstorableText(item, [...at, key]);
    if (found !== undefined) return found;
  }
  return undefined;
}
