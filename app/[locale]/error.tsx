'use client';

import { useEffect } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { homePath } from '@/lib/routes';
import { defaultLocale, isLocale } from '@/lib/locales';

/** Shown when rendering a page fails unexpectedly: the reader can retry or go home; nothing technical leaks. */
export default function LocaleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('Error');
  const current = useLocale();
  const locale = isLocale(current) ? current : defaultLocale;

  useEffect(() => {
    console.error(error.digest ?? error.message);
  }, [error]);

  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 text-lg text-muted">{t('description')}</p>
      <div className="mt-8 flex justify-center gap-4">
        <button type="button" onClick={reset} className="rounded bg-brand px-6 py-3 font-bold text-white hover:bg-brand-dark">
          {t('retry')}
        </button>
        <a href={homePath(locale)} className="rounded border border-rule px-6 py-3 font-bold hover:border-brand">
          {t('home')}
        </a>
      </div>
    </main>
  );
}
