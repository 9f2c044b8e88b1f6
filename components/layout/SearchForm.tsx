import { useTranslations } from 'next-intl';
import { searchPath } from '@/lib/routes';
import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import type { Locale } from '@/lib/site';
import { readerTextDirection } from '@/lib/text';

interface SearchFormProps {
  locale: Locale;
  /** The input's id: two boxes may share a page (the header's and the search page's). */
  id?: string;
  /** The search landmark's name, also unique per page. */
  name?: 'form' | 'again';
  /** What the box shows: the query of the page it sits on. */
  query?: string;
  className?: string;
}

/**
 * The search box: a plain GET form to the edition's search page, so it works without JavaScript —
 * the page reads ?q=. The browser stops typing at the length the page accepts. Each line of the box
 * takes the direction of what is typed in it (`unicode-bidi: plaintext`), and an empty one the page's,
 * so the placeholder starts where the reader's eye does (`dir="auto"` made an empty box left-to-right).
 */
export function SearchForm({ locale, id = 'site-search', name = 'form', query = '', className = '' }: SearchFormProps) {
  const t = useTranslations('Search');
  // A query already in the box keeps the direction it was read in (lib/text): an Arabic query that opens
  // with a Latin name stays right-to-left.
  const dir = readerTextDirection(query, locale);
  return (
    <form role="search" aria-label={t(name)} action={searchPath(locale)} method="get" className={`flex items-stretch gap-2 ${className}`}>
      <label htmlFor={id} className="sr-only">
        {t('input')}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={query}
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t('placeholder')}
        enterKeyHint="search"
        dir={dir}
        className={`w-full min-w-0 rounded border border-field bg-paper px-3 py-1 ${dir ? '' : '[unicode-bidi:plaintext]'} placeholder:text-muted sm:w-64`}
      />
      <button type="submit" className="shrink-0 rounded bg-brand px-4 py-1 font-bold text-paper hover:bg-brand-dark">
        {t('submit')}
      </button>
    </form>
  );
}
