import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';

export function HomeLatest({ children }: { children: ReactNode }) {
  const t = useTranslations('Home');
  return (
    <section aria-labelledby="latest-news" className="mt-10">
      <h2 id="latest-news" className="border-b-2 border-brand pb-1 text-xl font-bold">
        {t('latest')}
      </h2>
      <div className="grid gap-x-8 md:grid-cols-2">{children}</div>
    </section>
  );
}

/** What the front page says before anything is published (e.g. a new edition). */
export function HomeEmpty() {
  const t = useTranslations('Home');
  return <p className="py-12 text-center text-lg text-muted">{t('empty')}</p>;
}
