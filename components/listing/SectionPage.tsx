import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/layout/PageShell';
import { resolvePageLocale } from '@/i18n/page-locale';
import { getSection, getSections, getSiteFrame } from '@/lib/content';
import { feedAlternates } from '@/lib/feeds/links';
import { pageMetadata } from '@/lib/metadata';
import { pageCardPath } from '@/lib/social-card';
import { sectionListing } from '@/lib/pages/listing';
import { parsePageNumber, sectionPath } from '@/lib/routes';
import { isLocale, locales, otherLocale } from '@/lib/site';
import { ArticleListing } from './ArticleListing';

export type SectionParams = { locale: string; section: string; page?: string };

export async function sectionStaticParams() {
  return (await getSections()).map((section) => ({ section: section.slug }));
}

export async function sectionMetadata(params: SectionParams): Promise<Metadata> {
  const { locale } = params;
  const section = isLocale(locale) ? await getSection(params.section) : undefined;
  if (!isLocale(locale) || !section) return {};
  const t = await getTranslations({ locale, namespace: 'Listing' });
  const name = section.name[locale];
  const page = params.page === undefined ? 1 : (parsePageNumber(params.page) ?? 1);
  return pageMetadata({
    locale,
    title: t('sectionTitle', { section: name }),
    description: t('sectionDescription', { section: name }),
    path: sectionPath(locale, section.slug, page),
    languages: Object.fromEntries(locales.map((l) => [l, sectionPath(l, section.slug, page)])),
    card: pageCardPath(locale, section.slug),
    cardAlt: name,
    feeds: await feedAlternates(locale, { slug: section.slug, name }),
  });
}

export async function SectionPage({ params }: { params: SectionParams }) {
  const locale = resolvePageLocale(params.locale);
  const { section, page, href } = await sectionListing(locale, params.section, params.page);
  const [t, frame] = await Promise.all([getTranslations('Listing'), getSiteFrame()]);
  const other = otherLocale(locale);
  return (
    <PageShell locale={locale} frame={frame} alternate={{ locale: other, href: sectionPath(other, section.slug) }} current={section.slug}>
      <ArticleListing title={t('sectionTitle', { section: section.name[locale] })} empty={t('empty')} page={page} href={href} />
    </PageShell>
  );
}
