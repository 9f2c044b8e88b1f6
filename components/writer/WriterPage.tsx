import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/layout/PageShell';
import { ArticleCard } from '@/components/listing/ArticleCard';
import { Pagination } from '@/components/listing/Pagination';
import { resolvePageLocale } from '@/i18n/page-locale';
import { getSiteFrame, getWriter, getWriterPage } from '@/lib/content';
import { feedAlternates } from '@/lib/feeds/links';
import { writerFeedLabels } from '@/lib/feeds/labels';
import { numberedTitle, pageMetadata } from '@/lib/metadata';
import { editionsWith, writerListing } from '@/lib/pages/listing';
import { writerCardPath } from '@/lib/social-card/names';
import { homePath, parsePageNumber, writerPath, writerRssPath } from '@/lib/routes';
import { absoluteUrl, isLocale, otherLocale, type Locale } from '@/lib/site';
import { EditionText } from '@/components/ui/EditionText';
import { WriterPortrait } from './WriterPortrait';

export type WriterParams = { locale: string; writer: string; page?: string };

/** The editions the writer has pieces in: their page exists there, and the language switch goes there. */
function writerEditions(slug: string): Promise<Locale[]> {
  return editionsWith((locale) => getWriterPage(locale, slug, 1, 1));
}

export async function writerMetadata(params: WriterParams): Promise<Metadata> {
  const { locale } = params;
  const writer = isLocale(locale) ? await getWriter(params.writer) : undefined;
  if (!isLocale(locale) || !writer) return {};
  const t = await getTranslations({ locale, namespace: 'Writer' });
  const card = await getTranslations({ locale, namespace: 'Card' });
  const name = writer.name[locale];
  const column = writer.column[locale];
  const page = params.page === undefined ? 1 : (parsePageNumber(params.page) ?? 1);
  const editions = await writerEditions(writer.slug);
  const feeds = await feedAlternates(locale);
  const own = { url: absoluteUrl(writerRssPath(locale, writer.slug)), title: (await writerFeedLabels(locale, name)).title };
  return pageMetadata({
    locale,
    title: await numberedTitle(locale, name, page),
    description: writer.bio[locale] ?? t('description', { name }),
    path: writerPath(locale, writer.slug, page),
    page,
    languages: Object.fromEntries(editions.map((l) => [l, writerPath(l, writer.slug, page)])),
    card: writerCardPath(locale, writer),
    cardAlt: column ? card('columnistAlt', { name, column }) : card('writerAlt', { name }),
    feeds: { 'application/rss+xml': [own, ...feeds['application/rss+xml']] },
  });
}

/** A columnist's page: portrait, column, name and bio, then their pieces in this edition, newest first. */
export async function WriterPage({ params }: { params: WriterParams }) {
  const locale = resolvePageLocale(params.locale);
  const { writer, page, href } = await writerListing(locale, params.writer, params.page);
  const [t, frame, editions] = await Promise.all([getTranslations('Writer'), getSiteFrame(), writerEditions(writer.slug)]);
  const other = otherLocale(locale);
  const name = writer.name[locale];
  const column = writer.column[locale];
  const bio = writer.bio[locale];
  const alternate = { locale: other, href: editions.includes(other) ? writerPath(other, writer.slug) : homePath(other) };
  return (
    <PageShell locale={locale} frame={frame} alternate={alternate}>
      <div className="max-w-3xl">
        <header className="flex flex-wrap items-center gap-5 border-b-2 border-brand pb-4">
          {writer.photo && <WriterPortrait photo={{ ...writer.photo, alt: writer.photo.alt[locale] }} size={112} />}
          {/* Beside the portrait wherever 10rem is left for it; under it on a narrower screen. */}
          <div className="min-w-0 basis-40 grow">
            {column && (
              <p className="text-lg font-bold text-brand">
                <EditionText text={column} locale={locale} />
              </p>
            )}
            <h1 className="page-title">
              <EditionText text={name} locale={locale} />
            </h1>
            {bio && (
              <p className="mt-2 text-muted">
                <EditionText text={bio} locale={locale} />
              </p>
            )}
            <p className="mt-2 text-sm">
              <a href={writerRssPath(locale, writer.slug)} className="font-bold text-brand hover:underline">
                <EditionText text={t('feed', { name })} locale={locale} />
              </a>
            </p>
          </div>
        </header>
        <section aria-labelledby="writer-pieces">
          <h2 id="writer-pieces" className="sr-only">
            {t('pieces')}
          </h2>
          {page.items.map((article) => (
            <ArticleCard key={article.id} article={article} />
          ))}
        </section>
        <Pagination page={page.page} hasNext={page.hasNext} href={href} />
      </div>
    </PageShell>
  );
}
