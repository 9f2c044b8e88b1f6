import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/layout/PageShell';
import { resolvePageLocale } from '@/i18n/page-locale';
import { getEditionSections, getSection, getSectionPage, getSiteFrame } from '@/lib/content';
import { feedAlternates } from '@/lib/feeds/links';
import { numberedTitle, pageMetadata } from '@/lib/metadata';
import { sectionCardPath } from '@/lib/social-card/names';
import { editionsWith, sectionListing } from '@/lib/pages/listing';
import { homePath, parsePageNumber, sectionPath } from '@/lib/routes';
import { isLocale, otherLocale, type Locale } from '@/lib/site';
import { ArticleListing } from './ArticleListing';
import { sectionInSentence } from '@/lib/content/section-name';

export type SectionParams = { locale: string; section: string; page?: string };

/** The editions the section has stories in: its page exists there only (an edition shows only sections with stories). */
function sectionEditions(slug: string): Promise<Locale[]> {
  return editionsWith((locale) => getSectionPage(locale, slug, 1, 1));
}

/** The sections prerendered at build: those each edition has stories in (the others are no page of it). */
export async function sectionStaticParams({ params }: { params: { locale: string } }) {
  return isLocale(params.locale) ? (await getEditionSections(params.locale)).map((section) => ({ section: section.slug })) : [];
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
    title: await numberedTitle(locale, t('sectionTitle', { section: name }), page),
    description: t('sectionDescription', { section: sectionInSentence(section, locale) }),
    path: sectionPath(locale, section.slug, page),
    page,
    languages: Object.fromEntries((await sectionEditions(section.slug)).map((l) => [l, sectionPath(l, section.slug, page)])),
    card: sectionCardPath(locale, section),
    cardAlt: name,
    feeds: await feedAlternates(locale, { slug: section.slug, name }),
  });
}

export async function SectionPage({ params }: { params: SectionParams }) {
  const locale = resolvePageLocale(params.locale);
  const { section, page, href } = await sectionListing(locale, params.section, params.page);
  const [t, frame, editions] = await Promise.all([getTranslations('Listing'), getSiteFrame(), sectionEditions(section.slug)]);
  const other = otherLocale(locale);
  const alternate = { locale: other, href: editions.includes(other) ? sectionPath(other, section.slug) : homePath(other) };
  return (
    <PageShell locale={locale} frame={frame} alternate={alternate} current={{ slug: section.slug, isPage: params.page === undefined }}>
      <ArticleListing title={t('sectionTitle', { section: section.name[locale] })} empty={t('empty')} page={page} href={href} />
    </PageShell>
  );
}
