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

/** One payload script: the first creates the array, each next pushes a chunk. Next escapes "<" in the text. */
const FLIGHT_SCRIPT = String.raw`<script>((?:\(self\.__next_f=self\.__next_f\|\|\[\]\)|self\.__next_f)\.push\([^<]*\))</script>`;
const ONE = new RegExp(FLIGHT_SCRIPT, 'g');
const RUN = new RegExp(`(?:${FLIGHT_SCRIPT}){2,}`, 'g');

export function joinFlightScripts(html: string): string {
  return html.replace(RUN, (run) => `<script>${Array.from(run.matchAll(ONE), (m) => m[1]).join(';')}</script>`);
}
