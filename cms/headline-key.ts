import { foldSearch, searchKey, type SearchKeyField } from './search-key';

/**
 * A story's headline as the newsroom searches it (cms/search-key): «اسوان» finds «أسوان».
 *
 * The database keeps it (articles.headline_key and each version's, set by a trigger from the
 * headline: cms/migrations/20261202_072430_headline_search.ts, the same fold in SQL, which
 * __tests__/integration/search.test.ts checks against this one); the admin's list searches it
 * (Articles' listSearchableFields), and so does a search for a piece of the headline itself (the
 * filters; a translation's picker, through the index), what the editor typed folded the same way.
 */
export const headlineKey = searchKey;

export const HEADLINE_KEY: SearchKeyField = { key: 'headlineKey', text: 'title' };

/** Articles' beforeOperation: a list read or count searched by headline compares folded text with folded text. */
export const foldHeadlineSearch = foldSearch(HEADLINE_KEY);
