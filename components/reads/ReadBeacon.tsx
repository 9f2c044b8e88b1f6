'use client';

import { useEffect } from 'react';

/** Where views are counted: lib/routes' READ_PATH (app/api/read), written out so the island does not ship the route table. */
const ENDPOINT = '/api/read';

type MaybePrerendering = Document & { prerendering?: boolean };

/**
 * Counts one view of the story, once the page is in front of a reader: a page prerendered for a
 * link the reader may follow, or opened in a background tab, is counted when it is shown, if ever.
 * sendBeacon sends no cookie of ours (there are none) and survives the reader leaving the page.
 * Draws nothing; without JavaScript the view is simply not counted.
 */
export function ReadBeacon({ id }: { id: number }) {
  useEffect(() => {
    const doc = document as MaybePrerendering;
    const stop = () => {
      doc.removeEventListener('visibilitychange', send);
      doc.removeEventListener('prerenderingchange', send);
    };
    function send() {
      if (doc.prerendering || doc.visibilityState !== 'visible') return;
      // Sent once: nothing listens after this.
      stop();
      navigator.sendBeacon?.(ENDPOINT, JSON.stringify({ id }));
    }
    doc.addEventListener('visibilitychange', send);
    doc.addEventListener('prerenderingchange', send);
    send();
    return stop;
  }, [id]);
  return null;
}
