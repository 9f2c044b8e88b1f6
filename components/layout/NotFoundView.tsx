import { useTranslations } from 'next-intl';
import type { Locale } from '@/lib/site';
import { homePath } from '@/lib/routes';

/** What a reader sees at a URL that names nothing (404) or a story the newsroom took down (410). */
export function NotFoundView({ locale, gone = false }: { locale: Locale; gone?: boolean }) {
  const t = useTranslations(gone ? 'Gone' : 'NotFound');
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-6xl font-bold text-brand" aria-hidden="true">
        {gone ? 410 : 404}
      </p>
      <h1 className="mt-4 text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 text-lg text-muted">{t('description')}</p>
      <a href={homePath(locale)} className="mt-8 inline-block rounded bg-brand px-6 py-3 font-bold text-paper hover:bg-brand-dark">
        {t('home')}
      </a>
    </div>
  );
}
