'use client';

import { useEffect } from 'react';
import { useErrorWords } from '@/components/layout/ErrorWords';
import { MAIN_CONTENT_ID } from '@/lib/anchors';

/** Shown when rendering a page fails unexpectedly: the reader can retry or go home; nothing technical leaks. */
export default function LocaleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const words = useErrorWords();

  useEffect(() => {
    console.error(error.digest ?? error.message);
  }, [error]);

  if (!words) return null;
  return (
    // The layout's skip link still leads here: the page it replaces was its target.
    <main id={MAIN_CONTENT_ID} tabIndex={-1} className="mx-auto max-w-xl px-4 py-16 text-center outline-none">
      <h1 className="text-3xl font-bold">{words.title}</h1>
      <p className="mt-4 text-lg text-muted">{words.description}</p>
      <div className="mt-8 flex justify-center gap-4">
        <button type="button" onClick={reset} className="rounded bg-brand px-6 py-3 font-bold text-paper hover:bg-brand-dark">
          {words.retry}
        </button>
        <a href={words.homeHref} className="rounded border border-rule px-6 py-3 font-bold hover:border-brand">
          {words.home}
        </a>
      </div>
    </main>
  );
}
