'use client';

import { useRef, useState, useSyncExternalStore } from 'react';
import { Glyph } from './Glyph';

// Only the two glyphs this island draws travel in its JavaScript.
const COPY_GLYPH =
  'M9 3h9a2 2 0 0 1 2 2v11h-2V5H9V3Zm-3 4h9a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V9a2 2 0 0 1 2-2Zm0 2v11h9V9H6Z';
const SHARE_GLYPH =
  'M18 16a3 3 0 0 0-2.4 1.2l-6.7-3.4a3 3 0 0 0 0-1.6l6.7-3.4A3 3 0 1 0 15 7l-6.7 3.4a3 3 0 1 0 0 3.2L15 17a3 3 0 1 0 3-1Z';

export interface ShareActionLabels {
  copy: string;
  copied: string;
  copyFailed: string;
  share: string;
}

const subscribe = () => () => {};

/**
 * How long "Link copied" stays. Cleared after, so that the next copy changes the live region and
 * is announced again (the same words set twice are news to no screen reader).
 */
export const STATUS_MS = 5000;

/**
 * The share bar's island: copy the canonical link, and the phone's own share sheet where the
 * browser has one (the page's other islands: the read beacon and the breaking-news strip). Renders nothing on the server or with JavaScript off, so a
 * reader never meets a button that does nothing; the plain share links beside it always work.
 */
export function ShareActions({ url, title, text, labels }: { url: string; title: string; text: string; labels: ShareActionLabels }) {
  const hydrated = useSyncExternalStore(subscribe, () => true, () => false);
  const canShare = useSyncExternalStore(subscribe, () => typeof navigator.share === 'function', () => false);
  const [status, setStatus] = useState('');
  const clearing = useRef<ReturnType<typeof setTimeout>>(undefined);

  if (!hydrated) return null;

  function say(words: string) {
    setStatus(words);
    clearTimeout(clearing.current);
    clearing.current = setTimeout(() => setStatus(''), STATUS_MS);
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      say(labels.copied);
    } catch {
      say(labels.copyFailed);
    }
  }

  async function share() {
    try {
      await navigator.share({ url, title, text });
    } catch {
      // The reader closed the share sheet: nothing to report.
    }
  }

  const button = 'flex size-11 items-center justify-center rounded-full border border-rule text-ink hover:border-brand hover:text-brand';
  // One list item holds both buttons and the live region, so the list stays a list of items.
  return (
    <li className="relative flex items-center gap-2">
      <button type="button" onClick={copy} className={button} aria-label={labels.copy} title={labels.copy}>
        <Glyph d={COPY_GLYPH} />
      </button>
      {canShare && (
        <button type="button" onClick={share} className={button} aria-label={labels.share} title={labels.share}>
          <Glyph d={SHARE_GLYPH} />
        </button>
      )}
      {/* Under the buttons, in the bar's margin: on a phone the row has no room beside them, and the words never move the page. */}
      <span role="status" aria-live="polite" className="absolute start-0 top-full mt-1 whitespace-nowrap text-sm text-muted">
        {status}
      </span>
    </li>
  );
}
