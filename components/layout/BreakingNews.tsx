'use client';

import { useEffect, useRef, useSyncExternalStore } from 'react';
import { MAIN_CONTENT_ID } from '@/lib/anchors';
import type { BreakingItem } from '@/lib/content/types';
import { EditionRuns } from '@/components/ui/EditionRuns';
import { useDismissedBreaking } from './breaking/useDismissedBreaking';
import { useLiveBreakingItems } from './breaking/useLiveBreakingItems';

export interface BreakingLabels {
  title: string;
  /** Breaking.dismiss as written in messages/, `{text}` standing for the line: the island has no message formatter. */
  dismiss: string;
}

/** The words of a line's dismiss button: the line put into the edition's sentence (a function, so "$&" in a line stays text). */
const dismissLabel = (labels: BreakingLabels, item: BreakingItem) => labels.dismiss.replace('{text}', () => item.text);

/** A line as the reader hears it: words in the other script in their own voice (runs split on the server, lib/content getBreaking). */
const BreakingText = ({ item }: { item: BreakingItem }) => (item.runs ? <EditionRuns runs={item.runs} /> : item.text);

// No store to watch: only tells a render in the browser (true) from the server's (false).
const subscribe = () => () => {};

/**
 * Breaking news (its label: Breaking.title in messages/). The server renders the lines that were
 * live when the page was made, so the strip is there without JavaScript. In the browser this island
 * keeps an open page current (useLiveBreakingItems), drops lines that expire meanwhile, and lets the
 * reader hide a line for good (useDismissedBreaking). New lines land in a polite live region, so
 * screen readers announce them without interrupting.
 */
export function BreakingNews({ initial, endpoint, labels }: { initial: BreakingItem[]; endpoint: string; labels: BreakingLabels }) {
  const hydrated = useSyncExternalStore(subscribe, () => true, () => false);
  const { items, now } = useLiveBreakingItems(endpoint, initial);
  const { dismissed, dismiss: remember } = useDismissedBreaking();

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
    remember(id);
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
                      <BreakingText item={item} />
                    </a>
                  ) : (
                    <span>
                      <BreakingText item={item} />
                    </span>
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
                    aria-label={dismissLabel(labels, item)}
                    title={dismissLabel(labels, item)}
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
