import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { HomeEmpty } from '@/components/home/HomeEmpty';
import { LeadStory } from '@/components/home/LeadStory';
import { SecondStories } from '@/components/home/SecondStories';
import { SectionRow } from '@/components/home/SectionRow';
import { JsonLd } from '@/components/layout/JsonLd';
import { PageShell } from '@/components/layout/PageShell';
import { MostRead } from '@/components/reads/MostRead';
import { resolvePageLocale } from '@/i18n/page-locale';
import { getSiteFrame, listMostRead } from '@/lib/content';
import { feedAlternates } from '@/lib/feeds/links';
import { pageMetadata } from '@/lib/metadata';
import { frontPage } from '@/lib/pages/front-page';
import { homeJsonLd } from '@/lib/structured-data';
import { pageCardPath } from '@/lib/social-card/names';
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
  const [{ lead, seconds, rows }, mostRead, frame, t] = await Promise.all([frontPage(locale), listMostRead(locale), getSiteFrame(), getTranslations('Home')]);
  const other = otherLocale(locale);

  return (
    <PageShell locale={locale} frame={frame} alternate={{ locale: other, href: homePath(other) }} current={{ slug: 'home', isPage: true }}>
      <JsonLd data={homeJsonLd(locale, t('description'))} />
      {/* Every page has one h1 for screen-reader heading navigation; the masthead above already shows the name. */}
      <h1 className="sr-only">{t('heading')}</h1>
      {lead ? (
        <div className="grid gap-x-10 gap-y-8 lg:grid-cols-3">
          <div className="lg:col-span-2">
            <LeadStory article={lead} />
            {mostRead.length > 0 && <SecondStories articles={seconds} />}
          </div>
          {/* Nothing read yet today (a new edition, a quiet night): the seconds take the column instead. */}
          {mostRead.length > 0 ? <MostRead articles={mostRead} /> : <SecondStories articles={seconds} beside />}
        </div>
      ) : (
        <HomeEmpty />
      )}
      {rows.map(({ section, articles }) => (
        <SectionRow key={section.slug} locale={locale} section={section} articles={articles} />
      ))}
    </PageShell>
  );
}
