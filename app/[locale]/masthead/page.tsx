import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/layout/PageShell';
import { MastheadRecordView } from '@/components/masthead/MastheadRecordView';
import { resolvePageLocale } from '@/i18n/page-locale';
import { getMastheadRecord, getSiteFrame } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { mastheadPath } from '@/lib/routes';
import { pageCardPath } from '@/lib/social-card/names';
import { isLocale, locales, otherLocale } from '@/lib/site';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'MastheadPage' });
  return pageMetadata({
    locale,
    title: t('title'),
    description: t('description'),
    path: mastheadPath(locale),
    languages: Object.fromEntries(locales.map((l) => [l, mastheadPath(l)])),
    card: pageCardPath(locale, 'home'),
    cardAlt: t('title'),
  });
}

export default async function MastheadPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = resolvePageLocale((await params).locale);
  const [frame, record] = await Promise.all([getSiteFrame(), getMastheadRecord()]);
  const other = otherLocale(locale);
  return (
    <PageShell locale={locale} frame={frame} alternate={{ locale: other, href: mastheadPath(other) }}>
      <MastheadRecordView locale={locale} record={record} />
    </PageShell>
  );
}
