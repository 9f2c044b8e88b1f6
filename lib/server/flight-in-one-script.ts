/**
 * The page's RSC payload in one inline script instead of one per chunk.
 *
 * Next writes the payload after the content as a run of `<script>self.__next_f.push([1,"…"])</script>`,
 * one element per chunk of React's stream: six on a short article, nine once its lists are full.
 * The Content-Security-Policy names each inline script by its hash (lib/server/inline-scripts), and a
 * hash is 54 bytes of header that no compression takes — so the headers grew with the page, and the
 * article's first answer lost the room it needs to arrive in one round trip (budgets.test.ts, "the
 * first round trip"). Joined, the run is one script and one hash whatever the page's length.
 *
 * Only adjacent scripts Next wrote for the payload are joined, in their order, each still a whole
 * `push(…)` statement: the same calls on the same array before the runtime reads it. A script that
 * does not have that exact shape (an attribute, a "<" in its text) is left where it is, and so are
 * the runs separated by markup (a streamed page's chunks between its Suspense boundaries).
 */

const OPEN = '<script>';
const CLOSE = '</script>';

/** A script Next wrote for the payload: the first creates the array, each next pushes a chunk. Next escapes "<" in the text. */
const isPayload = (text: string) =>
  (text.startsWith('self.__next_f.push(') || text.startsWith('(self.__next_f=self.__next_f||[]).push(')) && text.endsWith(')') && !text.includes('<');

/**
 * Found with indexOf, not a regular expression: once per version of a page, 0.07 ms on the seed
 * article against 0.3–0.4 ms for the same matches by pattern (its inline-script hashing takes 0.5).
 */
export function joinFlightScripts(html: string): string {
  let joined = '';
  let copied = 0;
  for (let start = html.indexOf(OPEN); start !== -1; ) {
    const texts: string[] = [];
    let next = start;
    for (let end; html.startsWith(OPEN, next) && (end = html.indexOf(CLOSE, next + OPEN.length)) !== -1; next = end + CLOSE.length) {
      const text = html.slice(next + OPEN.length, end);
      if (!isPayload(text)) break;
      texts.push(text);
    }
    if (texts.length > 1) {
      joined += `${html.slice(copied, start)}${OPEN}${texts.join(';')}${CLOSE}`;
      copied = next;
    }
    start = html.indexOf(OPEN, Math.max(next, start + 1));
  }
  return copied === 0 ? html : joined + html.slice(copied);
}
