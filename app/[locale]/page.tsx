import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LeadStory } from '@/components/home/LeadStory';
import { SectionBlock } from '@/components/home/SectionBlock';
import { JsonLd } from '@/components/layout/JsonLd';
import { PageShell } from '@/components/layout/PageShell';
import { ArticleCard } from '@/components/listing/ArticleCard';
import { HomeEmpty, HomeLatest } from '@/components/home/HomeLatest';
import { resolvePageLocale } from '@/i18n/page-locale';
import { getSectionPage, getSiteFrame, listLatest } from '@/lib/content';
import { feedAlternates } from '@/lib/feeds/links';
import { pageMetadata } from '@/lib/metadata';
import { homeJsonLd } from '@/lib/structured-data';
import { pageCardPath } from '@/lib/social-card';
import { homePath } from '@/lib/routes';
import { isLocale, locales, otherLocale } from '@/lib/site';


export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Home' });
  return pageMetadata({
    locale,
    title: t('title'),
    absoluteTitle: true,
    description: t('description'),
    path: homePath(locale),
    languages: Object.fromEntries(locales.map((l) => [l, homePath(l)])),
    card: pageCardPath(locale, 'home'),
    cardAlt: t('title'),
    feeds: await feedAlternates(locale),
  });
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = resolvePageLocale((await params).locale);
  const [[lead, ...latest], frame] = await Promise.all([listLatest(locale, 9), getSiteFrame()]);
  const other = otherLocale(locale);
  const blocks = (
    await Promise.all(
      frame.sections.map(async (section) => ({
        section,
        articles: (await getSectionPage(locale, section.slug, 1, 4)).items.filter((a) => a.id !== lead?.id),
      })),
    )
  ).filter((block) => block.articles.length > 0);

  const t = await getTranslations('Home');

  return (
    <PageShell locale={locale} frame={frame} alternate={{ locale: other, href: homePath(other) }} current="home">
      <JsonLd data={homeJsonLd(locale, t('description'))} />
      {/* Every page has one h1 for screen-reader heading navigation; the masthead above already shows the name. */}
      <h1 className="sr-only">{t('heading')}</h1>
      {lead ? <LeadStory article={lead} /> : <HomeEmpty />}
      {latest.length > 0 && (
        <HomeLatest>
          {latest.map((article) => (
            <ArticleCard key={article.id} article={article} showSection />
          ))}
        </HomeLatest>
      )}
      <div className="mt-10 grid gap-8 md:grid-cols-2 lg:grid-cols-3">
        {blocks.map(({ section, articles }) => (
          <SectionBlock key={section.slug} locale={locale} section={section} articles={articles} />
        ))}
      </div>
    </PageShell>
  );
}
