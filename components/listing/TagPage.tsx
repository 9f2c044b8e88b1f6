import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/layout/PageShell';
import { resolvePageLocale } from '@/i18n/page-locale';
import { getSiteFrame, getTagPage } from '@/lib/content';
import { feedAlternates } from '@/lib/feeds/links';
import { numberedTitle, pageMetadata } from '@/lib/metadata';
import { tagCardPath } from '@/lib/social-card/names';
import { editionsWith, tagListing } from '@/lib/pages/listing';
import { decodeSegment, homePath, parsePageNumber, tagPath } from '@/lib/routes';
import { isLocale, otherLocale } from '@/lib/site';
import { EditionText } from '@/components/ui/EditionText';
import { ArticleListing } from './ArticleListing';

/** The editions with stories under this tag, each of which has the tag's page. */
const tagEditions = (tag: string) => editionsWith((edition) => getTagPage(edition, tag));

export type TagParams = { locale: string; tag: string; page?: string };

export async function tagMetadata(params: TagParams): Promise<Metadata> {
  const { locale } = params;
  const tag = decodeSegment(params.tag);
  if (!isLocale(locale) || !tag || (await getTagPage(locale, tag)).items.length === 0) return {};
  const t = await getTranslations({ locale, namespace: 'Listing' });
  const card = await getTranslations({ locale, namespace: 'Card' });
  const page = params.page === undefined ? 1 : (parsePageNumber(params.page) ?? 1);
  return pageMetadata({
    locale,
    title: await numberedTitle(locale, t('tagTitle', { tag }), page),
    description: t('tagDescription', { tag }),
    path: tagPath(locale, tag, page),
    page,
    languages: Object.fromEntries((await tagEditions(tag)).map((edition) => [edition, tagPath(edition, tag, page)])),
    card: tagCardPath(locale, tag),
    cardAlt: card('tagAlt', { tag }),
    feeds: await feedAlternates(locale),
  });
}

export async function TagPage({ params }: { params: TagParams }) {
  const locale = resolvePageLocale(params.locale);
  const { tag, page, href } = await tagListing(locale, params.tag, params.page);
  const [t, frame] = await Promise.all([getTranslations('Listing'), getSiteFrame()]);
  const other = otherLocale(locale);
  // Most tags are words of one language, and the other edition's counterpart is its front page; a
  // name both editions tag stories with ("SpaceX") has a page in each.
  const otherHas = (await tagEditions(tag)).includes(other);
  return (
    <PageShell locale={locale} frame={frame} alternate={{ locale: other, href: otherHas ? tagPath(other, tag) : homePath(other) }}>
      {/* The tag as its words are spoken: a Latin tag on an Arabic page is marked English (EditionText). */}
      <ArticleListing title={t.rich('tagHeading', { tag, term: () => <EditionText text={tag} locale={locale} /> })} empty={t('empty')} page={page} href={href} showSection />
    </PageShell>
  );
}
