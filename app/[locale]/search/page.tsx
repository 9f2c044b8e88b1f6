import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/layout/PageShell';
import { SearchView } from '@/components/search/SearchView';
import { resolvePageLocale } from '@/i18n/page-locale';
import { getSiteFrame, searchArticles } from '@/lib/content';
import { searchPath } from '@/lib/routes';
import { parseSearchPage, parseSearchQuery } from '@/lib/search/query';
import { isLocale, otherLocale } from '@/lib/site';
import { isolated, readerTextDirection } from '@/lib/text';

/**
 * /search?q=…&page=N and /en/search: rendered for each request (it reads the query string), so no
 * query — however many junk ones arrive — leaves a page in the cache; results are read fresh too
 * (lib/content searchArticles). A plain GET form brings readers here, with or without JavaScript.
 */
type Params = Promise<{ locale: string }>;
type Query = Promise<{ q?: string | string[]; page?: string | string[] }>;

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: Query }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const query = parseSearchQuery((await searchParams).q);
  const t = await getTranslations({ locale, namespace: 'Search' });
  return {
    title: query.kind === 'ok' ? t.markup('resultsTitle', { query: query.text, bdi: (chunks) => isolated([chunks].flat().join(''), readerTextDirection(query.text, locale)) }) : t('title'),
    description: t('description'),
    // The proxy sends the same as X-Robots-Tag: one result page per query typed belongs in no index.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ params, searchParams }: { params: Params; searchParams: Query }) {
  const locale = resolvePageLocale((await params).locale);
  const { q, page: pageParam } = await searchParams;
  const query = parseSearchQuery(q);
  const page = parseSearchPage(pageParam);
  const [frame, results] = await Promise.all([getSiteFrame(), query.kind === 'ok' ? searchArticles(locale, query.text, page) : undefined]);
  const other = otherLocale(locale);
  return (
    <PageShell locale={locale} frame={frame} alternate={{ locale: other, href: searchPath(other, query.kind === 'ok' ? query.text : undefined) }}>
      <SearchView locale={locale} query={query} page={page} results={results} />
    </PageShell>
  );
}
