import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { SearchForm } from '@/components/layout/SearchForm';
import { Pagination } from '@/components/listing/Pagination';
import type { SearchResults } from '@/lib/content/types';
import { searchPath } from '@/lib/routes';
import { terms } from '@/lib/search/normalize';
import { correctedAsWritten } from '@/lib/search/spelling';
import { MAX_QUERY_LENGTH, SEARCH_PAGE_SIZE, type SearchQuery } from '@/lib/search/query';
import type { Locale } from '@/lib/site';
import { otherEditionLanguage, readerTextDirection } from '@/lib/text';
import { SearchResult } from './SearchResult';

/**
 * What a reader typed, or a respelling of it, set apart from the sentence around it: its direction
 * is its own — right-to-left in the Arabic edition when it has Arabic in it (lib/text).
 */
function bdiFor(text: string, locale: Locale) {
  const dir = readerTextDirection(text, locale);
  // «SpaceX» asked on the Arabic page is spoken in the English voice, as the headlines it finds are.
  const lang = otherEditionLanguage(text, locale);
  return function ReaderText(chunks: ReactNode) {
    return (
      <bdi dir={dir} lang={lang}>
        {chunks}
      </bdi>
    );
  };
}

interface SearchViewProps {
  locale: Locale;
  query: SearchQuery;
  page: number;
  /** Present when the query was searched (kind 'ok'). */
  results?: SearchResults;
}

/** The search page's content: the box again, then what became of the query — results, or why there are none. */
export function SearchView({ locale, query, page, results }: SearchViewProps) {
  const t = useTranslations('Search');
  const text = query.kind === 'empty' ? '' : query.text;
  return (
    // The query is echoed in the heading and the messages: a hashtag or a pasted link longer than the
    // line breaks there instead of widening the page, as every word in main does (PageShell).
    <div className="max-w-3xl">
      <h1 className="page-title border-b-2 border-brand pb-2">{query.kind === 'ok' ? t.rich('resultsTitle', { query: text, bdi: bdiFor(text, locale) }) : t('title')}</h1>
      <SearchForm locale={locale} id="search-page-q" name="again" query={text} className="mt-4 max-w-xl" />
      <div className="mt-4">
        {query.kind === 'empty' && <p className="text-lg text-muted">{t('hint')}</p>}
        {query.kind === 'too-long' && (
          <>
            <h2 className="text-xl font-bold">{t('tooLongTitle')}</h2>
            <p className="text-lg text-muted">{t('tooLong', { length: query.length, max: MAX_QUERY_LENGTH })}</p>
          </>
        )}
        {query.kind === 'junk' && <p className="text-lg text-muted">{t('junk')}</p>}
        {query.kind === 'ok' && results && <Found locale={locale} query={text} page={page} results={results} />}
      </div>
    </div>
  );
}

function Found({ locale, query, page, results }: { locale: Locale; query: string; page: number; results: SearchResults }) {
  const t = useTranslations('Search');
  if (!results.items.length) {
    return page > 1 ? (
      <p className="text-lg text-muted">
        {t('pastEnd')}{' '}
        <a href={searchPath(locale, query)} className="font-bold text-brand underline">
          {t('firstPage')}
        </a>
      </p>
    ) : (
      <>
        <p className="text-lg font-bold">{t.rich('none', { query, bdi: bdiFor(query, locale) })}</p>
        <p className="text-muted">{t('noneHint')}</p>
      </>
    );
  }
  // The words marked are those the results were found by: the respelled ones when there was a respelling.
  const matched = terms(results.corrected ?? query);
  // How the words searched are written: as the results' headlines and summaries write them, or as the
  // newsroom writes a name put in for the reader's spelling of it (which the stories may write only in their text).
  return (
    <>
      {results.corrected && <Respelled locale={locale} query={query} corrected={correctedAsWritten(query, results.corrected, [...results.items.flatMap((a) => [a.title, a.summary]), ...(results.latinNames ?? [])])} />}
      <ol aria-label={t('results')} start={(page - 1) * SEARCH_PAGE_SIZE + 1} className="list-none">
        {results.items.map((article) => (
          <li key={article.id}>
            <SearchResult article={article} terms={matched} />
          </li>
        ))}
      </ol>
      <Pagination page={results.page} hasNext={results.hasNext} href={(n) => searchPath(locale, query, n)} />
    </>
  );
}

/** Why these results: the query found nothing as typed, so its closest known words were searched — named when we know how they are written. */
function Respelled({ locale, query, corrected }: { locale: Locale; query: string; corrected: string | undefined }) {
  const t = useTranslations('Search');
  const bdi = bdiFor(`${query} ${corrected ?? ''}`, locale);
  return <p className="mb-2 rounded bg-wash px-3 py-2">{corrected === undefined ? t.rich('correctedUnnamed', { query, bdi }) : t.rich('corrected', { query, corrected, bdi })}</p>;
}
