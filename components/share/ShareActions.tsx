'use client';

import { useState, useSyncExternalStore } from 'react';
import { ShareIcon } from './ShareIcons';

export interface ShareActionLabels {
  copy: string;
  copied: string;
  copyFailed: string;
  share: string;
}

const subscribe = () => () => {};

/**
 * The only JavaScript on an article page: copy the canonical link, and the phone's own share
 * sheet where the browser has one. Renders nothing on the server or with JavaScript off, so a
 * reader never meets a button that does nothing; the plain share links beside it always work.
 */
export function ShareActions({ url, title, text, labels }: { url: string; title: string; text: string; labels: ShareActionLabels }) {
  const hydrated = useSyncExternalStore(subscribe, () => true, () => false);
  const canShare = useSyncExternalStore(subscribe, () => typeof navigator.share === 'function', () => false);
  const [status, setStatus] = useState('');

  if (!hydrated) return null;

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(labels.copied);
    } catch {
      setStatus(labels.copyFailed);
    }
  }

  async function share() {
    try {
      await navigator.share({ url, title, text });
    } catch {
      // The reader closed the share sheet: nothing to report.
    }
  }

  const button = 'flex size-10 items-center justify-center rounded-full border border-rule text-ink hover:border-brand hover:text-brand';
  return (
    <>
      <li>
        <button type="button" onClick={copy} className={button} aria-label={labels.copy} title={labels.copy}>
          <ShareIcon name="copy" />
        </button>
      </li>
      {canShare && (
        <li>
          <button type="button" onClick={share} className={button} aria-label={labels.share} title={labels.share}>
            <ShareIcon name="share" />
          </button>
        </li>
      )}
      <li role="status" aria-live="polite" className="text-sm text-muted">
        {status}
      </li>
    </>
  );
}
