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
 * Where in a parsed JSON value a text holds U+0000 — PostgreSQL's text cannot (its save or lookup
 * failed: 500) — as the field's path ("email", "content.root.children.0.text"); undefined if none does.
 */
export function nulPath(value: unknown, at: readonly string[] = []): string | undefined {
  if (typeof value === 'string') return value.includes('\0') ? at.join('.') : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = nulPath(item, [...at, key]);
    if (found !== undefined) return found;
  }
  return undefined;
}
