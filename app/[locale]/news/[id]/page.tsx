import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ArticleAside, hasAsideContent } from '@/components/article/ArticleAside';
import { ArticleView } from '@/components/article/ArticleView';
import { ReadBeacon } from '@/components/reads/ReadBeacon';
import { JsonLd } from '@/components/layout/JsonLd';
import { PageShell } from '@/components/layout/PageShell';
import { resolvePageLocale } from '@/i18n/page-locale';
import { getArticle, getSectionPage, getSiteFrame, getTranslation, LISTING_PAGE_SIZE, listLatest, listMostRead, listRelated, MOST_READ_LIMIT } from '@/lib/content';
import { feedAlternates } from '@/lib/feeds/links';
import { composeArticleSides, RELATED_SHOWN } from '@/lib/pages/article-sides';
import { articleMetadata } from '@/lib/metadata';
import { newsArticleJsonLd } from '@/lib/structured-data';
import { articlePath, homePath, parseArticleId } from '@/lib/routes';
import { absoluteUrl, isLocale, otherLocale } from '@/lib/site';

type Params = { locale: string; id: string };

export const dynamicParams = true;

/** How many of the newest articles per edition are prerendered at build; older ones render on first visit. */
const PRERENDER_LIMIT = Number(process.env.PRERENDER_ARTICLES ?? 500);

export async function generateStaticParams({ params }: { params: { locale: string } }): Promise<Array<{ id: string }>> {
  if (!isLocale(params.locale)) return [];
  return (await listLatest(params.locale, PRERENDER_LIMIT)).map((article) => ({ id: String(article.id) }));
}

async function findArticle(segment: string) {
  const id = parseArticleId(segment);
  return id === undefined ? undefined : getArticle(id);
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { id } = await params;
  const article = await findArticle(id);
  if (!article) return {};
  return articleMetadata(article, {
    translation: await getTranslation(article),
    feeds: await feedAlternates(article.locale, article.section),
  });
}

export default async function ArticlePage({ params }: { params: Promise<Params> }) {
  const { locale: segment, id } = await params;
  const locale = resolvePageLocale(segment);
  const article = await findArticle(id);
  if (!article) notFound();
  // An article lives in its own edition; /en/news/{arabic id} goes to the one canonical URL. The proxy
  // sends it there first, query kept; this is for when it could not ask the content in time.
  if (article.locale !== locale) permanentRedirect(articlePath(article));

  const [translation, relatedCandidates, frame, layout, mostReadRanking, section] = await Promise.all([
    getTranslation(article),
    listRelated(article, RELATED_SHOWN),
    getSiteFrame(),
    getTranslations('Layout'),
    // One more than shown: this story may be among them.
    listMostRead(locale, MOST_READ_LIMIT + 1),
    // The section page's own first page (one cached read): enough left after the repeats are taken out.
    getSectionPage(locale, article.section.slug, 1, LISTING_PAGE_SIZE),
  ]);
  // Each story once on the page (lib/pages/article-sides).
  const { related, mostRead, latestInSection } = composeArticleSides(article.id, {
    related: relatedCandidates,
    mostRead: mostReadRanking,
    latestInSection: section.items,
  });
  const other = otherLocale(locale);
  // The section as the newsroom keeps it (how its name reads in a sentence), else as the story names it.
  const storySection = frame.sections.find((s) => s.slug === article.section.slug) ?? { slug: article.section.slug, name: { ar: article.section.name, en: article.section.name } };
  const alternate = translation
    ? { locale: translation.locale, href: articlePath(translation) }
    : { locale: other, href: homePath(other) };

  return (
    <PageShell locale={locale} frame={frame} alternate={alternate} current={{ slug: article.section.slug, isPage: false }}>
      <JsonLd data={newsArticleJsonLd(article, { home: layout('home') })} />
      <ArticleView
        article={article}
        url={absoluteUrl(articlePath(article))}
        related={related}
        aside={hasAsideContent({ mostRead, latestInSection }) ? <ArticleAside locale={locale} section={storySection} content={{ mostRead, latestInSection }} /> : undefined}
      />
      <ReadBeacon id={article.id} />
    </PageShell>
  );
}
