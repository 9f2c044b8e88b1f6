import { getTranslations } from 'next-intl/server';
import { naskhArabic } from '@/app/fonts';
import { rootNotFoundMetadata } from '@/lib/metadata';
import { homePath } from '@/lib/routes';
import { defaultLocale, direction } from '@/lib/site';

/**
 * 404 for requests outside any edition (a missing file, an unknown locale segment): the Arabic
 * edition's words, in a page of its own because no [locale] layout wraps it.
 */
export const generateMetadata = rootNotFoundMetadata;

export default async function RootNotFound() {
  const locale = defaultLocale;
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <html lang={locale} dir={direction(locale)} className={naskhArabic.variable}>
      <body className="min-h-screen bg-paper text-ink">
          <main className="mx-auto max-w-xl px-4 py-16 text-center">
            <h1 className="text-3xl font-bold">{t('title')}</h1>
            <p className="mt-4 text-lg text-muted">{t('description')}</p>
            <a href={homePath(locale)} className="mt-8 inline-block rounded bg-brand px-6 py-3 font-bold text-paper">
              {t('home')}
            </a>
          </main>
      </body>
    </html>
  );
}
