import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { naskhArabic } from '@/app/fonts';
import { routing } from '@/i18n/routing';
import { defaultLocale, direction, site, siteUrl } from '@/lib/site';
import { titleTemplate } from '@/lib/metadata';
import { ErrorWordsProvider } from '@/components/layout/ErrorWords';
import { SkipLink } from '@/components/layout/SkipLink';
import { homePath, manifestPath } from '@/lib/routes';

/**
 * Every page is cached until the newsroom changes something it shows: each content read is
 * tagged (lib/content), and the CMS expires those tags on every save (cms/hooks/revalidate). Five
 * minutes is the longest any copy lives regardless — the net under anything that changes by time,
 * and what a CDN that knows nothing of tags is told (s-maxage).
 */
export const revalidate = 300;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const edition = hasLocale(routing.locales, locale) ? locale : defaultLocale;
  const name = site.name[edition];
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: name, template: titleTemplate(edition) },
    applicationName: name,
    ...(hasLocale(routing.locales, locale) && { manifest: manifestPath(locale) }),
  };
}

export const viewport: Viewport = {
  themeColor: site.brand.primary,
  width: 'device-width',
  initialScale: 1,
};

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('Error');
  const errorWords = { locale, homeHref: homePath(locale), title: t('title'), description: t('description'), retry: t('retry'), home: t('home') };

  return (
    <html lang={locale} dir={direction(locale)} className={naskhArabic.variable}>
      <body className="min-h-screen bg-paper text-ink antialiased">
        <SkipLink />
        <ErrorWordsProvider value={errorWords}>{children}</ErrorWordsProvider>
      </body>
    </html>
  );
}
