'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { MAIN_CONTENT_ID } from '@/lib/anchors';
import { DISMISSED_KEY, POLL_MS } from '@/lib/breaking';
import type { BreakingItem } from '@/lib/content/types';

/** Enough to remember every item a reader could still meet (items are few and expire). */
const REMEMBERED = 20;

export interface BreakingLabels {
  title: string;
  dismiss: string;
}

/** The ids a reader dismissed, from what the device keeps (anything unreadable counts as none). */
function parseIds(raw: string): number[] {
  try {
    const ids: unknown = JSON.parse(raw);
    return Array.isArray(ids) ? ids.filter((id): id is number => Number.isInteger(id)) : [];
  } catch {
    return [];
  }
}

// The device's list is an outside store: read through useSyncExternalStore, so the server's HTML
// (nothing dismissed) hydrates as it is and the reader's list applies right after; a dismissal in
// another tab reaches this one through the storage event.
function subscribeDismissed(listener: () => void) {
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}
function storedDismissed(): string {
  try {
    return localStorage.getItem(DISMISSED_KEY) ?? '[]';
  } catch {
    return '[]';
  }
}

const subscribe = () => () => {};

/**
 * Breaking news (its label: Breaking.title in messages/). The server renders the lines that were
 * live when the page was made, so the strip is there without JavaScript. In the browser this island keeps an open page current: it
 * asks the edition's JSON every 30 s while the page is in view (and when it comes back into view),
 * drops lines that expire meanwhile, and lets the reader hide a line for good. New lines land in a
 * polite live region, so screen readers announce them without interrupting.
 */
export function BreakingNews({ initial, endpoint, labels }: { initial: BreakingItem[]; endpoint: string; labels: BreakingLabels }) {
  const hydrated = useSyncExternalStore(subscribe, () => true, () => false);
  const [items, setItems] = useState(initial);
  const stored = useSyncExternalStore(subscribeDismissed, storedDismissed, () => '[]');
  // Dismissed on this page: also what a device that refuses storage (private mode) can keep.
  const [hiddenHere, setHiddenHere] = useState<number[]>([]);
  const dismissed = [...parseIds(stored), ...hiddenHere];
  // 0 until the first check: the server's list is shown as it came.
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
    void refresh();
    const timer = setInterval(refresh, POLL_MS);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      active = false;
      clearInterval(timer);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [endpoint]);

  // The dismiss buttons by line, and where focus goes once a dismissed line is gone: its button
  // leaves the page, and focus would fall back to the top of the document.
  const buttons = useRef(new Map<number, HTMLButtonElement>());
  const focusNext = useRef<number | 'content' | undefined>(undefined);
  useEffect(() => {
    const target = focusNext.current;
    if (target === undefined) return;
    focusNext.current = undefined;
    // The next line's button, else the page's content (the skip link's target) — without scrolling to it.
    (target === 'content' ? document.getElementById(MAIN_CONTENT_ID) : buttons.current.get(target))?.focus({ preventScroll: true });
  });

  function dismiss(id: number) {
    // Only a dismissal made from the keyboard (or wherever the button held focus) moves focus: a click
    // that did not focus the button (Safari) leaves the page as it was.
    if (document.activeElement === buttons.current.get(id)) {
      const at = shown.findIndex((item) => item.id === id);
      const neighbour = shown[at + 1] ?? shown[at - 1];
      focusNext.current = neighbour ? neighbour.id : 'content';
    }
    setHiddenHere([...hiddenHere, id]);
    try {
      localStorage.setItem(DISMISSED_KEY, JSON.stringify([...parseIds(stored), id].slice(-REMEMBERED)));
    } catch {
      // Storage refused (private mode, full): hidden on this page only.
    }
  }

  const shown = items.filter((item) => !dismissed.includes(item.id) && (!now || Date.parse(item.expiresAt) > now));
  return (
    <div id="breaking-news" aria-live="polite" className="print:hidden">
      {shown.length > 0 && (
        <section aria-label={labels.title} className="bg-alert text-on-alert">
          <div className="mx-auto flex max-w-6xl items-start gap-3 px-4 py-2">
            <p className="shrink-0 rounded-sm bg-on-alert px-2 font-bold text-alert">{labels.title}</p>
            <ul className="flex min-w-0 flex-1 flex-col gap-1">
              {shown.map((item) => (
                <li key={item.id} data-breaking-id={item.id} className="flex items-start justify-between gap-2 font-bold">
                  {item.link ? (
                    <a href={item.link} className="underline-offset-4 hover:underline focus-visible:outline-on-alert">
                      {item.text}
                    </a>
                  ) : (
                    <span>{item.text}</span>
                  )}
                  {/* Without JavaScript the button could do nothing: it keeps its place, unseen, until the island runs. */}
                  <button
                    type="button"
                    ref={(button) => {
                      if (button) buttons.current.set(item.id, button);
                      else buttons.current.delete(item.id);
                    }}
                    onClick={() => dismiss(item.id)}
                    // Each button names its line: a list of identical "hide" buttons tells a screen reader nothing.
                    aria-label={`${labels.dismiss}: ${item.text}`}
                    title={labels.dismiss}
                    className={`flex size-7 shrink-0 items-center justify-center rounded-full text-xl leading-none hover:bg-on-alert hover:text-alert focus-visible:outline-on-alert ${hydrated ? '' : 'invisible'}`}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        </section>
      )}
    </div>
  );
}
