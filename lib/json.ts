/** Whether a text parses as JSON (the CMS's routes refuse what Payload's parsers would throw on: 500). */
export function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
