'use client';

import { useEffect, useState } from 'react';
import { POLL_MS } from '@/lib/breaking';
import type { BreakingItem } from '@/lib/content/types';

/**
 * The edition's live lines, kept current on an open page: asked of the edition's JSON every POLL_MS
 * while the page is in view and whenever it comes back into view. `now` is 0 until the first check,
 * so the server's list is shown as it came; after it, lines that expired meanwhile can be dropped.
 *
 * The first check waits for the page's load event (LOAD_WAIT_MS at most): the strip came with the
 * page, and a request made during the load (fetch() asks at high priority) would share a slow
 * connection with the story's picture and font — what the reader is waiting to see.
 */
/** The longest the first check waits for the page's load event. */
const LOAD_WAIT_MS = 3000;

export function useLiveBreakingItems(endpoint: string, initial: BreakingItem[]) {
  const [items, setItems] = useState(initial);
  const [now, setNow] = useState(0);

  useEffect(() => {
    let active = true;
    const refresh = async () => {
      if (document.hidden) return;
      try {
        // Always asked of the server (or CDN), never taken from the browser's own cache: the JSON's
        // stale-while-revalidate would let the browser answer with the last copy and fetch the
        // new one only for the poll after, a minute late.
        const response = await fetch(endpoint, { cache: 'no-cache' });
        if (response.ok && active) setItems(((await response.json()) as { items: BreakingItem[] }).items);
      } catch {
        // Offline or between deployments: keep what is shown, minus what expires.
      }
      if (active) setNow(Date.now());
    };
    let timer: ReturnType<typeof setInterval> | undefined;
    let started = false;
    const start = () => {
      if (started || !active) return;
      started = true;
      void refresh();
      timer = setInterval(refresh, POLL_MS);
      document.addEventListener('visibilitychange', refresh);
    };
    // A load held up by one slow file does not hold the strip back for long.
    const fallback = setTimeout(start, LOAD_WAIT_MS);
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
    return () => {
      active = false;
      clearTimeout(fallback);
      window.removeEventListener('load', start);
      clearInterval(timer);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [endpoint]);

  return { items, now };
}
