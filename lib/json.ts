/** Whether a text parses as JSON (the CMS's routes refuse what Payload's parsers would throw on: 500). */
export function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * How deep a body sent to the CMS may nest: a story's text nests at most MAX_STORY_DEPTH nodes (about
 * twice that in JSON, with their lists of children), and Payload copies what it is sent by recursion —
 * an unknown field nested 10,000 deep failed there (500).
 */
export const MAX_BODY_DEPTH = 1_000;

/** What in a parsed body the CMS cannot take as it was sent, where, and why. */
export type Unacceptable = { path: string; problem: 'nul' } | { path: string; problem: 'half'; code: string } | { path: string; problem: 'deep' };

/**
 * Where in a parsed JSON body there is what the CMS cannot take, as the field's path ("email",
 * "body.root.children.0.children.0.text"); undefined if nothing is. U+0000: PostgreSQL's text cannot
 * hold it (its save or lookup failed: 500). Half of a character — a surrogate without its pair, which
 * JSON can write (`"\ud800"`) and no text is: in a story's body the database refused it (500); in a
 * headline the driver put U+FFFD in its place and stored that. Nesting past MAX_BODY_DEPTH.
 */
export function unacceptableJson(value: unknown): Unacceptable | undefined {
  // A walk with a stack of its own, each path made only for what is found: JSON nested 20,000 deep
  // (40 KB, far under any body limit) overflowed the call stack of a recursive walk — a 500 to anyone.
  const pending: Array<{ item: unknown; parent: number; key: string; depth: number }> = [{ item: value, parent: -1, key: '', depth: 0 }];
  const seen: Array<{ parent: number; key: string }> = [];
  const pathOf = (index: number) => {
    const keys: string[] = [];
    for (let at = index; at > 0; at = seen[at]!.parent) keys.push(seen[at]!.key);
    return keys.reverse().join('.');
  };
  while (pending.length) {
    const { item, parent, key, depth } = pending.pop()!;
    const index = seen.push({ parent, key }) - 1;
    if (typeof item === 'string') {
      if (item.includes('\0')) return { path: pathOf(index), problem: 'nul' };
      if (item.isWellFormed()) continue;
      const half = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(item)![0];
      return { path: pathOf(index), problem: 'half', code: half.charCodeAt(0).toString(16).toUpperCase() };
    }
    if (typeof item !== 'object' || item === null) continue;
    // Named by its first field, the path to where the nesting passes the limit (not 1,000 segments of it).
    if (depth >= MAX_BODY_DEPTH) return { path: pathOf(index).split('.')[0]!, problem: 'deep' };
    // In reverse, so that the first field is looked at first, as the page reads them.
    for (const [childKey, child] of Object.entries(item).reverse()) pending.push({ item: child, parent: index, key: childKey, depth: depth + 1 });
  }
  return undefined;
}
