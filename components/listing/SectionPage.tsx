import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/layout/PageShell';
import { resolvePageLocale } from '@/i18n/page-locale';
import { feedAlternates } from '@/lib/feeds/links';
import { pageMetadata } from '@/lib/metadata';
import { pageCardPath } from '@/lib/social-card';
import { sectionListing } from '@/lib/pages/listing';
import { sectionPath } from '@/lib/routes';
import { isLocale, locales, otherLocale, site } from '@/lib/site';
import { ArticleListing } from './ArticleListing';

export type SectionParams = { locale: string; section: string; page?: string };

export function sectionStaticParams() {
  return site.sections.map((section) => ({ section }));
}

export async function sectionMetadata(params: SectionParams): Promise<Metadata> {
  const { locale, section } = params;
  if (!isLocale(locale) || !site.sections.includes(section)) return {};
  const [t, sections] = await Promise.all([
    getTranslations({ locale, namespace: 'Listing' }),
    getTranslations({ locale, namespace: 'Sections' }),
  ]);
  const name = sections(section);
  const page = Number(params.page ?? 1);
  return pageMetadata({
    locale,
    title: t('sectionTitle', { section: name }),
    description: t('sectionDescription', { section: name }),
    path: sectionPath(locale, section, page),
    languages: Object.fromEntries(locales.map((l) => [l, sectionPath(l, section, page)])),
    card: pageCardPath(locale, section),
    cardAlt: name,
    feeds: await feedAlternates(locale, section),
  });
}

export async function SectionPage({ params }: { params: SectionParams }) {
  const locale = resolvePageLocale(params.locale);
  const { section, page, href } = sectionListing(locale, params.section, params.page);
  const [t, sections] = await Promise.all([getTranslations('Listing'), getTranslations('Sections')]);
  const other = otherLocale(locale);
  return (
    <PageShell locale={locale} alternate={{ locale: other, href: sectionPath(other, section) }} current={section}>
      <ArticleListing title={t('sectionTitle', { section: sections(section) })} empty={t('empty')} page={page} href={href} />
    </PageShell>
  );
}
