/**
 * Next's client runtime, asked for once the page has loaded and painted.
 *
 * The App Router writes its runtime (≈ 133 KB gzipped in nine chunks, the same on every page) into
 * the document's head as `<script async>` tags, with a preload for one of them. Chromium's preload
 * scanner finds them in the first bytes, so on a phone they download beside the web font and the
 * lead picture, and whichever arrives before the first screen is painted runs before it — its
 * evaluation delays the paint (Lighthouse's simulation counts the whole download inside LCP then:
 * BENCHMARKS.md, "Arabic article against the control"). Every reader page here is complete without
 * JavaScript — the islands only add dismissing a breaking line, copying a link, counting a read —
 * so the finished page instead asks for the same files, in the same order, after its `load` event
 * and the frame that follows it: the font and the pictures of the first screen get the network to
 * themselves, and the page hydrates as soon as they are in. `load` can be held by something slow
 * (a stalled picture): after LOAD_WAIT_MS the runtime is asked for anyway.
 *
 * Only pages this server finishes are changed (lib/server/html-finisher: reader pages; never the
 * admin, whose editor needs its runtime at once). The inline scripts (the RSC payload, Turbopack's
 * chunk list) stay where they are: they only append to arrays the runtime reads when it starts.
 */

/** The runtime's tags as Next writes them: external scripts under /_next/static, async, and their preloads. */
const RUNTIME_TAG = /<script src="(\/_next\/static\/[^"<>]+\.js)" async=""><\/script>|<link rel="preload" as="script"(?: fetchPriority="\w+")? href="\/_next\/static\/[^"<>]+\.js"\/>/g;

/** How long a page whose load event is held waits before it asks for the runtime anyway. */
export const LOAD_WAIT_MS = 3000;

/**
 * The loader: after `load` (or LOAD_WAIT_MS), one animation frame and one task — so the frame that
 * paints what `load` waited for is on screen first — each script is appended to the head, async as before.
 */
export function runtimeLoader(sources: readonly string[]): string {
  return (
    `(function(){var s=${JSON.stringify(sources).replace(/</g, '\\u003c')},d=0;` +
    `function go(){if(d)return;d=1;requestAnimationFrame(function(){setTimeout(function(){` +
    `for(var i=0;i<s.length;i++){var e=document.createElement('script');e.src=s[i];e.async=true;document.head.appendChild(e)}},0)})}` +
    `if(document.readyState==='complete')go();else{addEventListener('load',go);setTimeout(go,${LOAD_WAIT_MS})}})()`
  );
}

/**
 * The page with its runtime asked for after load; unchanged when it has no runtime tag or no
 * `</body>` to put the loader before (a fragment, an answer that is not a page).
 */
export function runtimeAfterLoad(html: string): string {
  const end = html.lastIndexOf('</body>');
  if (end === -1) return html;
  const sources: string[] = [];
  const rest = html.slice(0, end).replace(RUNTIME_TAG, (tag, source?: string) => {
    if (source) sources.push(source);
    return '';
  });
  if (!sources.length) return html;
  return `${rest}<script>${runtimeLoader(sources)}</script>${html.slice(end)}`;
}
